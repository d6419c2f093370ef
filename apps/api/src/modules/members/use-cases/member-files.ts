import ExcelJS from "exceljs";
import { DICT_KIND_LABELS, GENDER_LABELS, MEMBER_IMPORT_COLUMNS, type DictKind, type Gender } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { ValidationFailed } from "../../../core/errors";
import type { FileDownload } from "../../organisation/files.types";
import { addListValidations, addSheet, stamp, workbookBase64, exportMarkOf, XLSX_MIME } from "../../organisation/xlsx";
import { memberOrderBy, memberWhere } from "../member-query";
import { assertMayExportPhones } from "../members.policy";
import { memberInclude, presentMember } from "../members.presenter";
import type { MemberFilter, MemberSort } from "../members.types";
import { getMemberStatistics } from "./get-member-statistics";
import { parseListArgs, usernamesOf } from "./list-members";

export const EXPORT_MAX_ROWS = 10_000;

const EXPORT_COLUMNS = [
  ["序号", 6], ["姓名", 10], ["曾用名", 10], ["性别", 6], ["出生日期", 12], ["民族", 8], ["籍贯", 12], ["学历", 10], ["工作单位职务", 36],
  ["单位联系地址", 36], ["手机号码", 14], ["届次", 10], ["界别", 16], ["党派", 16], ["专委会", 20], ["委员类型", 8], ["用户名", 16],
] as const;

/** The member query's result as a real .xlsx; phones masked unless asked for and allowed; audited. */
export async function exportMembers(ctx: Context, args: { filter?: MemberFilter | null; sort?: MemberSort | null; revealPhones: boolean }): Promise<FileDownload> {
  const { filter, sort } = parseListArgs(args);
  if (args.revealPhones) assertMayExportPhones(ctx.viewer!);
  const where = memberWhere(ctx.tenantId, filter);
  return ctx.uow(async ({ db, audit }) => {
    const rows = await db.memberProfile.findMany({ where, include: memberInclude, orderBy: memberOrderBy(sort), take: EXPORT_MAX_ROWS + 1 });
    if (rows.length > EXPORT_MAX_ROWS) throw ValidationFailed(`导出结果超过 ${EXPORT_MAX_ROWS} 条，请缩小查询范围`);
    const usernames = await usernamesOf(db, rows);
    const wb = new ExcelJS.Workbook();
    const ws = addSheet(wb, "委员名单", EXPORT_COLUMNS.map(([h]) => ({ key: h, header: h, required: false })), { widths: EXPORT_COLUMNS.map(([, w]) => w) });
    rows.forEach((r, i) => {
      const m = presentMember(r, { sessionId: filter?.sessionId, usernames, revealMobile: args.revealPhones });
      const t = m.term;
      ws.addRow([i + 1, m.name, m.formerName ?? "", GENDER_LABELS[m.gender], m.birthDate, m.ethnicGroup.name, m.nativePlace ?? "", m.education.name, m.workUnitTitle,
        m.workAddress ?? "", m.mobile, t?.session.name ?? "", t?.sector.name ?? "", t?.party.name ?? "", t?.specialCommittee?.name ?? "", t?.memberType.name ?? "", m.username ?? ""]);
    });
    audit({ action: "member.export", targetType: "MemberProfile", detail: { rows: rows.length, revealPhones: args.revealPhones, filter: filter ?? {} } });
    return { filename: `委员名单-${stamp()}.xlsx`, contentType: XLSX_MIME, base64: await workbookBase64(wb, exportMarkOf(ctx.viewer!)), rowCount: rows.length };
  });
}

/** 届内委员统计 as a workbook: one sheet per dimension (类别, 人数, 占比). */
export async function exportMemberStatistics(ctx: Context, sessionId: string, asOf?: string | null): Promise<FileDownload> {
  const s = await getMemberStatistics(ctx, sessionId, asOf);
  const wb = new ExcelJS.Workbook();
  const cols = [{ key: "label", header: "类别", required: false }, { key: "count", header: "人数", required: false }, { key: "percent", header: "占比（%）", required: false }];
  const sheets: [string, typeof s.byParty][] = [["党派", s.byParty], ["界别", s.bySector], ["专委会", s.bySpecialCommittee], ["委员类型", s.byMemberType],
    ["性别", s.byGender], ["年龄", s.byAgeBand], ["学历", s.byEducation], ["民族", s.byEthnicGroup]];
  for (const [name, buckets] of sheets) {
    const ws = addSheet(wb, name, cols, { widths: [24, 10, 12] });
    for (const b of buckets) ws.addRow([b.label, b.count, b.percent]);
    ws.addRow(["合计", s.total, s.total ? 100 : 0]).font = { bold: true };
  }
  return { filename: `${s.session.name}委员统计-${stamp()}.xlsx`, contentType: XLSX_MIME, base64: await workbookBase64(wb, exportMarkOf(ctx.viewer!)), rowCount: s.total };
}

/** The import template: required columns marked *, dropdowns filled from this committee's dictionaries. */
export async function memberImportTemplate(ctx: Context): Promise<FileDownload> {
  const tenantId = ctx.tenantId;
  const items = await ctx.uow(({ db }) => db.dictItem.findMany({ where: { tenantId, disabled: false }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }));
  const wb = new ExcelJS.Workbook();
  const ws = addSheet(wb, "委员信息", MEMBER_IMPORT_COLUMNS, { markRequired: true, widths: [10, 6, 12, 8, 12, 10, 36, 36, 14, 10, 16, 16, 20, 10, 16] });
  for (const key of ["birthDate", "mobile"]) ws.getColumn(key).numFmt = "@";
  const col = (key: string) => MEMBER_IMPORT_COLUMNS.findIndex((c) => c.key === key) + 1;
  const names = (kind: DictKind) => items.filter((i) => i.kind === kind).map((i) => i.name);
  addListValidations(wb, ws, [
    { column: col("gender"), values: (["MALE", "FEMALE"] as Gender[]).map((g) => GENDER_LABELS[g]) },
    { column: col("ethnicGroup"), values: names("ETHNIC_GROUP") },
    { column: col("education"), values: names("EDUCATION") },
    { column: col("sector"), values: names("SECTOR") },
    { column: col("party"), values: names("PARTY") },
    { column: col("specialCommittee"), values: names("SPECIAL_COMMITTEE") },
    { column: col("memberType"), values: names("MEMBER_TYPE") },
  ]);
  const help = wb.addWorksheet("填写说明");
  help.getColumn(1).width = 90;
  [
    "1. 带 * 的列必填；每行一名委员，导入到所选届次。",
    "2. 出生日期写作 1975-03-02（也可 1975/3/2）；手机号码为 11 位大陆手机号。",
    `3. ${["ETHNIC_GROUP", "EDUCATION", "SECTOR", "PARTY", "SPECIAL_COMMITTEE", "MEMBER_TYPE"].map((k) => DICT_KIND_LABELS[k as DictKind]).join("、")}请从下拉列表中选择。`,
    "4. 用户名（可选）：关联已有的委员登录账号。",
    "5. 先校验全部行：任何一行有错误，整个文件都不导入，并列出每个错误的行号和列名。",
  ].forEach((t, i) => (help.getCell(i + 1, 1).value = t));
  return { filename: "委员导入模板.xlsx", contentType: XLSX_MIME, base64: await workbookBase64(wb), rowCount: 0 };
}

