import { readMobile } from "./member-pii";
import { beforeAll, describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { randomBytes } from "node:crypto";
import { createTenant, createUser as createAccount, TEST_PASSWORD } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { Browser, startTestServer } from "../../../test/support/http";
import type { Viewer } from "../../context/viewer";
import { createDicts, createMember, createSession, readXlsx, xlsxBase64, type Dicts } from "./members.fixtures";

const IMPORT = `mutation($s: ID!, $f: String!, $d: Boolean) { importMembers(sessionId: $s, fileBase64: $f, dryRun: $d) { ok totalRows imported errors { row column field message } } }`;
const HEADERS = ["姓名*", "性别*", "出生日期*", "民族*", "籍贯", "学历*", "工作单位职务*", "单位联系地址", "手机号码*", "曾用名", "界别*", "党派*", "专委会", "委员类型*", "用户名"];
const row = (over: Record<number, unknown> = {}) => {
  const r: unknown[] = ["刘建华", "男", "1971-04-05", "汉族", "山西大同", "本科", "大同市财政局 局长", "大同市平城区", "13912340001", "", "经济界", "中共", "提案委员会", "委员", ""];
  for (const [i, v] of Object.entries(over)) r[Number(i)] = v;
  return r;
};

describe("member import and export (Excel)", () => {
  let tenantId: string, dicts: Dicts, session: string, staff: Viewer, reader: Viewer;
  beforeAll(async () => {
    tenantId = (await createTenant()).id;
    dicts = await createDicts(tenantId);
    session = (await createSession(tenantId, { number: 15 })).id;
    staff = (await createAccount(tenantId, ["STAFF", "MEMBER_AFFAIRS"])).viewer;
    reader = (await createAccount(tenantId, ["STAFF"])).viewer;
  });

  it("offers a template with the columns and this committee's dropdown values", async () => {
    const r = await execAs(staff, `{ memberImportTemplate { filename contentType base64 } }`);
    expect(r.data.memberImportTemplate.filename).toBe("委员导入模板.xlsx");
    expect(Buffer.from(r.data.memberImportTemplate.base64, "base64").subarray(0, 4)).toEqual(Buffer.from("PK\x03\x04", "latin1"));
    const wb = await readXlsx(r.data.memberImportTemplate.base64);
    expect((wb.getWorksheet("委员信息")!.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    const options = wb.getWorksheet("选项")!;
    expect(options.state).toBe("hidden");
    const columns = Array.from({ length: options.columnCount }, (_, i) => options.getColumn(i + 1).values.filter(Boolean));
    expect(columns).toContainEqual(["中国共产党", "中国民主同盟", "无党派人士"]);
    expect((await execAs(reader, `{ memberImportTemplate { filename } }`)).code).toBe("FORBIDDEN");

    // Filled in and sent back as it is, the template imports (dropdown cells, hidden sheet, * headers).
    const s = (await createSession(tenantId, { number: 18 })).id;
    wb.getWorksheet("委员信息")!.getRow(2).values = row({ 0: "冯晓燕", 1: "女", 8: "13912345000", 11: "中国民主同盟" }) as string[];
    const filled = Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
    expect((await execAs(staff, IMPORT, { s, f: filled })).data.importMembers).toEqual({ ok: true, totalRows: 1, imported: 1, errors: [] });
  });

  it("imports every row in one go: real dates and numbers, codes for parties, accounts linked", async () => {
    const { user } = await createAccount(tenantId, ["MEMBER"]);
    const file = await xlsxBase64(HEADERS, [
      row(),
      row({ 0: "周丽华", 1: "女", 2: new Date(Date.UTC(1982, 8, 9)), 8: 13912340002, 11: "中国民主同盟", 12: "", 14: user.username }),
      row({ 0: "吴刚", 2: "1969/7/1", 5: "研究生", 8: "139-1234-0003", 13: "常委" }),
    ]);
    const dry = await execAs(staff, IMPORT, { s: session, f: file, d: true });
    expect(dry.data.importMembers).toEqual({ ok: true, totalRows: 3, imported: 0, errors: [] });
    const inSession = { tenantId, terms: { some: { sessionId: session } } };
    expect(await owner.memberProfile.count({ where: inSession })).toBe(0);

    const r = await execAs(staff, IMPORT, { s: session, f: file });
    expect(r.data.importMembers).toEqual({ ok: true, totalRows: 3, imported: 3, errors: [] });
    const rows = await owner.memberProfile.findMany({ where: inSession, include: { terms: { include: { party: true, memberType: true } } }, orderBy: { namePinyin: "asc" } });
    expect(rows.map((p) => [p.name, p.nameInitials, p.birthDate.toISOString().slice(0, 10), readMobile(p), p.terms[0]!.party.name, p.terms[0]!.memberType.name])).toEqual([
      ["刘建华", "ljh", "1971-04-05", "13912340001", "中国共产党", "委员"],
      ["吴刚", "wg", "1969-07-01", "13912340003", "中国共产党", "常委"],
      ["周丽华", "zlh", "1982-09-09", "13912340002", "中国民主同盟", "委员"],
    ]);
    expect(rows.find((p) => p.name === "周丽华")!.userId).toBe(user.id);
    expect(await owner.auditLog.count({ where: { tenantId, action: "member.import", targetId: session } })).toBe(1);

    // The same file again: every row now names an existing member, so nothing is imported.
    const again = await execAs(staff, IMPORT, { s: session, f: file });
    expect(again.data.importMembers.ok).toBe(false);
    expect(again.data.importMembers.errors.map((e: { row: number }) => e.row)).toEqual([2, 3, 3, 4]);
  });

  it("with bad rows imports nothing and names every bad row, column and reason", async () => {
    const s = (await createSession(tenantId, { number: 16 })).id;
    const before = await owner.memberProfile.count({ where: { tenantId } });
    const file = await xlsxBase64(HEADERS, [
      row({ 0: "郑好", 8: "13800000001" }),
      row({ 0: "郑坏", 8: "2345" }),
      row({ 0: "", 8: "13800000003", 11: "民主党" }),
      row({ 0: "郑好", 8: "13800000001" }),
      row({ 0: "王日", 1: "未知", 2: "1975-02-30", 8: "13800000005" }),
      [],
      row({ 0: "钱多", 8: "13800000007", 13: "" }),
    ]);
    const r = await execAs(staff, IMPORT, { s, f: file });
    expect(r.errors).toBeUndefined();
    expect(r.data.importMembers.ok).toBe(false);
    expect(r.data.importMembers.imported).toBe(0);
    expect(r.data.importMembers.errors).toEqual([
      { row: 3, column: "手机号码", field: "mobile", message: "手机号码应为 11 位大陆手机号" },
      { row: 4, column: "党派", field: "party", message: "党派“民主党”不存在，请从下拉列表中选择" },
      { row: 4, column: "姓名", field: "name", message: "请输入姓名" },
      { row: 5, column: "姓名", field: "name", message: "与第 2 行为同一人" },
      { row: 5, column: "手机号码", field: "mobile", message: "与第 2 行手机号码重复" },
      { row: 6, column: "性别", field: "gender", message: "性别应为“男”或“女”" },
      { row: 6, column: "出生日期", field: "birthDate", message: "出生日期不是有效日期" },
      { row: 8, column: "委员类型", field: "memberType", message: "请填写委员类型" },
    ]);
    expect(await owner.memberProfile.count({ where: { tenantId } })).toBe(before);
    expect(await owner.memberTerm.count({ where: { tenantId, sessionId: s } })).toBe(0);
  });

  it("refuses what is not an .xlsx, and a sheet without the required columns", async () => {
    const notZip = await execAs(staff, IMPORT, { s: session, f: Buffer.from("姓名,性别\n张三,男").toString("base64") });
    expect(notZip.code).toBe("VALIDATION_FAILED");
    expect(notZip.errors![0]!.message).toBe("请上传 Excel 文件（.xlsx）");
    expect((await execAs(staff, IMPORT, { s: session, f: "not base64!" })).errors![0]!.message).toBe("文件编码无效");
    const noCols = await execAs(staff, IMPORT, { s: session, f: await xlsxBase64(["姓名", "性别"], [["张三", "男"]]) });
    expect(noCols.data.importMembers.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`)).toEqual([
      "1:出生日期", "1:民族", "1:学历", "1:工作单位职务", "1:手机号码", "1:界别", "1:党派", "1:委员类型",
    ]);
  });

  it("exports the query result as .xlsx with masked phones; full numbers need the reveal permission; audited", async () => {
    const t = await createTenant();
    const d = await createDicts(t.id);
    const s15 = (await createSession(t.id, { number: 15 })).id;
    await createMember(t.id, d, { name: "张华强", mobile: "13812345678", terms: [{ sessionId: s15, party: 1 }] });
    await createMember(t.id, d, { name: "李明", mobile: "13700001111", terms: [{ sessionId: s15, party: 0 }] });
    await createMember(t.id, d, { name: "王芳", terms: [] });
    const { viewer: staffT } = await createAccount(t.id, ["STAFF", "MEMBER_AFFAIRS"]);
    const { viewer: readerT } = await createAccount(t.id, ["STAFF"]);
    const EXPORT = `mutation($f: MemberFilter, $r: Boolean) { exportMembers(filter: $f, revealPhones: $r) { filename contentType rowCount base64 } }`;
    const r = await execAs(readerT, EXPORT, { f: { sessionId: s15 } });
    expect(r.errors).toBeUndefined();
    expect(r.data.exportMembers).toMatchObject({ rowCount: 2, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    expect(r.data.exportMembers.filename).toMatch(/^委员名单-\d{8}\.xlsx$/);
    const ws = (await readXlsx(r.data.exportMembers.base64)).getWorksheet("委员名单")!;
    const cells = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(cells(1).slice(0, 2)).toEqual(["序号", "姓名"]);
    expect([cells(2)[1], cells(2)[10], cells(2)[13], cells(3)[1], cells(3)[10]]).toEqual(["李明", "137****1111", "中国共产党", "张华强", "138****5678"]);
    expect(ws.rowCount).toBe(3);
    expect((await execAs(readerT, EXPORT, { f: { sessionId: s15 }, r: true })).code).toBe("FORBIDDEN");
    const full = await execAs(staffT, EXPORT, { f: { name: "zhq" }, r: true });
    const fullBook = await readXlsx(full.data.exportMembers.base64);
    expect(fullBook.getWorksheet("委员名单")!.getRow(2).getCell(11).value).toBe("13812345678");
    // 导出水印: the exporter and time on every printed page and in the file's properties.
    const exporter = `${staffT.displayName}（${staffT.username}）`;
    expect(fullBook.creator).toBe(exporter);
    expect(fullBook.getWorksheet("委员名单")!.headerFooter.oddHeader).toBe("&C内部资料　注意保密");
    expect(fullBook.getWorksheet("委员名单")!.headerFooter.oddFooter).toMatch(new RegExp(`^&L导出人：${exporter.replace(/[()（）]/g, ".")}　导出时间：\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}&R第 &P 页，共 &N 页$`));
    const audits = await owner.auditLog.findMany({ where: { tenantId: t.id, action: "member.export" }, orderBy: { id: "asc" } });
    expect(audits.map((a) => (a.detail as { rows: number; revealPhones: boolean }))).toMatchObject([{ rows: 2, revealPhones: false }, { rows: 1, revealPhones: true }]);
  });

  it("takes a file of more than 1 MB over HTTP (the /graphql body limit is raised for uploads)", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("委员信息");
    ws.addRow(HEADERS);
    ws.addRow(row({ 0: "孔令辉", 8: "13912349999" }));
    // Incompressible filler on a second sheet, which the import ignores.
    const filler = wb.addWorksheet("附件");
    for (let i = 0; i < 2000; i++) filler.addRow([randomBytes(600).toString("base64")]);
    const f = Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
    expect(f.length).toBeGreaterThan(1_000_000);
    const { user } = await createAccount(tenantId, ["STAFF", "MEMBER_AFFAIRS"]);
    const server = await startTestServer();
    try {
      const b = new Browser(server.url);
      await b.login(user.username, TEST_PASSWORD);
      const s = (await createSession(tenantId, { number: 17 })).id;
      const r = await b.gql(IMPORT, { s, f });
      expect(r.errors).toBeUndefined();
      expect(r.data.importMembers).toEqual({ ok: true, totalRows: 1, imported: 1, errors: [] });
    } finally {
      await server.close();
    }
  });
});
