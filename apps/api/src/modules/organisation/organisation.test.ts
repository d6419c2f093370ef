import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { createDicts, createMember, createSession, xlsxBase64 } from "../members/members.fixtures";

const CREATE_SESSION = `mutation($i: CommitteeSessionInput!) { createCommitteeSession(input: $i) { id name isCurrent } }`;
const SESSIONS = `{ committeeSessions { name isCurrent memberCount meetings { number name year startDate } } }`;
const CREATE_MEETING = `mutation($i: SessionMeetingInput!) { createSessionMeeting(input: $i) { id name year } }`;
const DELETE_SESSION = `mutation($id: ID!) { deleteCommitteeSession(id: $id) }`;

describe("sessions (届次) and their plenary meetings", () => {
  it("adds, edits and lists sessions; one current session per committee; input checked in Chinese", async () => {
    const t = await createTenant();
    const { viewer: staff } = await createUser(t.id, ["STAFF", "MEMBER_AFFAIRS"]);
    const s14 = (await execAs(staff, CREATE_SESSION, { i: { name: "第十四届", number: 14, startYear: 2017, endYear: 2021, isCurrent: true } })).data.createCommitteeSession;
    const s15 = await execAs(staff, CREATE_SESSION, { i: { name: "第十五届", number: 15, startYear: 2022, endYear: 2026, isCurrent: true } });
    expect(s15.data.createCommitteeSession.isCurrent).toBe(true);
    const dup = await execAs(staff, CREATE_SESSION, { i: { name: "十五届", number: 15, startYear: 2022, endYear: 2026 } });
    expect(dup.code).toBe("CONFLICT");
    expect(dup.errors![0]!.message).toBe("第 15 届已存在（第十五届）");
    const years = await execAs(staff, CREATE_SESSION, { i: { name: "第十六届", number: 16, startYear: 2027, endYear: 2026 } });
    expect(years.errors![0]!.extensions!.fields).toEqual({ endYear: "结束年份不能早于开始年份" });

    const m3 = await execAs(staff, CREATE_MEETING, { i: { sessionId: s15.data.createCommitteeSession.id, number: 3, name: "第三次会议", year: 2024, startDate: "2024-01-10", endDate: "2024-01-13" } });
    expect(m3.errors).toBeUndefined();
    await execAs(staff, CREATE_MEETING, { i: { sessionId: s15.data.createCommitteeSession.id, number: 1, name: "第一次会议", year: 2022 } });
    const outside = await execAs(staff, CREATE_MEETING, { i: { sessionId: s15.data.createCommitteeSession.id, number: 6, name: "第六次会议", year: 2027 } });
    expect(outside.errors![0]!.message).toBe("会议年份须在第十五届的 2022—2026 年之间");

    const list = (await execAs(staff, SESSIONS)).data.committeeSessions;
    expect(list).toEqual([
      { name: "第十五届", isCurrent: true, memberCount: 0, meetings: [{ number: 1, name: "第一次会议", year: 2022, startDate: null }, { number: 3, name: "第三次会议", year: 2024, startDate: "2024-01-10" }] },
      { name: "第十四届", isCurrent: false, memberCount: 0, meetings: [] },
    ]);
    const edit = await execAs(staff, `mutation($id: ID!) { updateCommitteeSession(id: $id, input: { name: "第十四届", number: 14, startYear: 2017, endYear: 2022, isCurrent: true }) { endYear isCurrent } }`, { id: s14.id });
    expect(edit.data.updateCommitteeSession).toEqual({ endYear: 2022, isCurrent: true });
    expect(await owner.committeeSession.count({ where: { tenantId: t.id, isCurrent: true } })).toBe(1);

    const { viewer: plain } = await createUser(t.id, ["STAFF"]);
    expect((await execAs(plain, CREATE_SESSION, { i: { name: "第十七届", number: 17, startYear: 2032, endYear: 2036 } })).code).toBe("FORBIDDEN");
    expect((await execAs(plain, SESSIONS)).data.committeeSessions).toHaveLength(2);
    const { viewer: outsider } = await createUser((await createTenant()).id, ["STAFF", "MEMBER_AFFAIRS"]);
    expect((await execAs(outsider, SESSIONS)).data.committeeSessions).toEqual([]);
    expect((await execAs(outsider, DELETE_SESSION, { id: s14.id })).code).toBe("NOT_FOUND");
  });

  it("refuses to delete a session that has members or meetings, with a clear message; deletes an empty one (audited)", async () => {
    const t = await createTenant();
    const dicts = await createDicts(t.id);
    const { viewer: staff } = await createUser(t.id, ["STAFF", "MEETING_AFFAIRS"]);
    const withMembers = await createSession(t.id, { number: 14 });
    await createMember(t.id, dicts, { name: "张三", terms: [{ sessionId: withMembers.id }] });
    await createMember(t.id, dicts, { name: "李四", terms: [{ sessionId: withMembers.id }] });
    const withMeeting = await createSession(t.id, { number: 15 });
    await owner.sessionMeeting.create({ data: { tenantId: t.id, sessionId: withMeeting.id, number: 1, name: "第一次会议", year: withMeeting.startYear } });
    const empty = await createSession(t.id, { number: 16 });

    const a = await execAs(staff, DELETE_SESSION, { id: withMembers.id });
    expect(a.code).toBe("CONFLICT");
    expect(a.errors![0]!.message).toBe("第14届已有 2 名委员的数据，不能删除");
    const b = await execAs(staff, DELETE_SESSION, { id: withMeeting.id });
    expect(b.errors![0]!.message).toBe("第15届已有 1 次会议的数据，不能删除");
    expect(await owner.committeeSession.count({ where: { tenantId: t.id } })).toBe(3);

    expect((await execAs(staff, DELETE_SESSION, { id: empty.id })).data.deleteCommitteeSession).toBe(true);
    expect(await owner.committeeSession.count({ where: { tenantId: t.id } })).toBe(2);
    expect(await owner.auditLog.count({ where: { tenantId: t.id, action: "session.delete", targetId: empty.id } })).toBe(1);
  });
});

describe("dictionaries", () => {
  const CREATE = `mutation($i: CreateDictItemInput!) { createDictItem(input: $i) { id name disabled } }`;
  const LIST = `query($k: DictKind!, $d: Boolean) { dictItems(kind: $k, includeDisabled: $d) { name } }`;

  it("staff keep each list; an item in use cannot be deleted, only disabled", async () => {
    const t = await createTenant();
    const dicts = await createDicts(t.id);
    const { viewer: staff } = await createUser(t.id, ["STAFF", "MEMBER_AFFAIRS"]);
    const { viewer: member } = await createUser(t.id, ["MEMBER"]);
    expect((await execAs(staff, CREATE, { i: { kind: "SECTOR", name: "经济界" } })).errors![0]!.message).toBe("界别“经济界”已存在");
    const added = await execAs(staff, CREATE, { i: { kind: "SECTOR", name: "农业界", sortOrder: 9 } });
    expect(added.errors).toBeUndefined();
    expect((await execAs(member, CREATE, { i: { kind: "SECTOR", name: "体育界" } })).code).toBe("FORBIDDEN");
    expect((await execAs(member, LIST, { k: "SECTOR" })).data.dictItems.map((d: { name: string }) => d.name)).toEqual(["中国共产党", "经济界", "教育界", "农业界"]);

    await createMember(t.id, dicts, { name: "张三", terms: [{ sessionId: (await createSession(t.id)).id, sector: 1 }] });
    const inUse = await execAs(staff, `mutation($id: ID!) { deleteDictItem(id: $id) }`, { id: dicts.SECTOR[1]!.id });
    expect(inUse.code).toBe("CONFLICT");
    expect(inUse.errors![0]!.message).toBe("界别“经济界”已被 1 条委员记录使用，不能删除，可改为停用");
    await execAs(staff, `mutation($id: ID!) { updateDictItem(id: $id, input: { disabled: true }) { disabled } }`, { id: dicts.SECTOR[1]!.id });
    expect((await execAs(staff, LIST, { k: "SECTOR" })).data.dictItems.map((d: { name: string }) => d.name)).not.toContain("经济界");
    expect((await execAs(staff, LIST, { k: "SECTOR", d: true })).data.dictItems.map((d: { name: string }) => d.name)).toContain("经济界");
    expect((await execAs(staff, `mutation($id: ID!) { deleteDictItem(id: $id) }`, { id: added.data.createDictItem.id })).data.deleteDictItem).toBe(true);
    expect((await owner.auditLog.findMany({ where: { tenantId: t.id, action: { startsWith: "dict." } }, orderBy: { id: "asc" } })).map((a) => a.action)).toEqual(["dict.create", "dict.update", "dict.delete"]);
  });

  it("imports a long list from Excel: existing names skipped, duplicates and bad rows refused as a whole", async () => {
    const t = await createTenant();
    await createDicts(t.id);
    const { viewer: staff } = await createUser(t.id, ["STAFF", "MEMBER_AFFAIRS"]);
    const IMPORT = `mutation($f: String!) { importDictItems(kind: ETHNIC_GROUP, fileBase64: $f) { ok imported skipped errors { row column message } } }`;
    const bad = await execAs(staff, IMPORT, { f: await xlsxBase64(["名称", "排序"], [["满族", 3], ["蒙古族", "三"], ["满族", 5]]) });
    expect(bad.data.importDictItems).toEqual({ ok: false, imported: 0, skipped: 0, errors: [{ row: 3, column: "排序", message: "排序应为整数" }, { row: 4, column: "名称", message: "与第 2 行重复" }] });
    expect(await owner.dictItem.count({ where: { tenantId: t.id, kind: "ETHNIC_GROUP" } })).toBe(2);
    const ok = await execAs(staff, IMPORT, { f: await xlsxBase64(["名称"], [["汉族"], ["满族"], ["蒙古族"]]) });
    expect(ok.data.importDictItems).toEqual({ ok: true, imported: 2, skipped: 1, errors: [] });
    expect(await owner.dictItem.count({ where: { tenantId: t.id, kind: "ETHNIC_GROUP" } })).toBe(4);
  });
});

describe("承办单位 and 集体用户", () => {
  const CREATE = `mutation($k: OrgUnitKind!, $i: OrgUnitInput!) { createOrgUnit(kind: $k, input: $i) { id name username kind contactPhone } }`;
  const LIST = `query($k: OrgUnitKind!, $s: String) { orgUnits(kind: $k, search: $s) { total items { name username } } }`;

  it("links a unit to an account of this committee holding the unit's role, and keeps the two lists apart", async () => {
    const t = await createTenant();
    const { viewer: office } = await createUser(t.id, ["STAFF", "PROPOSAL_OFFICE"]);
    const { user: unitUser } = await createUser(t.id, ["HANDLING_UNIT"]);
    const { user: memberUser } = await createUser(t.id, ["MEMBER"]);
    const { user: foreign } = await createUser((await createTenant()).id, ["HANDLING_UNIT"]);
    const made = await execAs(office, CREATE, { k: "HANDLING_UNIT", i: { name: "大同市教育局", contactPhone: "0352-2021234", username: unitUser.username } });
    expect(made.data.createOrgUnit).toMatchObject({ name: "大同市教育局", username: unitUser.username, kind: "HANDLING_UNIT", contactPhone: "0352-2021234" });
    // The contact phone is sealed at rest; the audit row keeps it masked.
    const [stored] = await owner.$queryRaw<{ contact_phone: string }[]>`SELECT contact_phone FROM handling_unit WHERE id = ${made.data.createOrgUnit.id}::uuid`;
    expect([stored!.contact_phone.startsWith("enc:v1:"), stored!.contact_phone.includes("2021234")]).toEqual([true, false]);
    const changed = await execAs(office, `mutation($id: ID!) { updateOrgUnit(kind: HANDLING_UNIT, id: $id, input: { contactPhone: "13912345678" }) { contactPhone } }`, { id: made.data.createOrgUnit.id });
    expect(changed.data.updateOrgUnit.contactPhone).toBe("13912345678");
    const row = await owner.auditLog.findFirstOrThrow({ where: { tenantId: t.id, action: "org_unit.update" }, orderBy: { createdAt: "desc" } });
    expect(JSON.stringify(row.detail)).not.toContain("13912345678");
    expect((await execAs(office, CREATE, { k: "HANDLING_UNIT", i: { name: "大同市财政局", username: memberUser.username } })).errors![0]!.message).toBe(`账号“${memberUser.username}”没有承办单位角色，请先由系统管理员设置`);
    expect((await execAs(office, CREATE, { k: "HANDLING_UNIT", i: { name: "大同市财政局", username: foreign.username } })).errors![0]!.message).toBe(`账号“${foreign.username}”不存在或不属于本委员会`);
    expect((await execAs(office, CREATE, { k: "HANDLING_UNIT", i: { name: "大同市财政局", contactPhone: "电话" } })).errors![0]!.message).toBe("联系电话格式不正确");
    expect((await execAs(office, CREATE, { k: "HANDLING_UNIT", i: { name: "大同市教育局" } })).code).toBe("CONFLICT");
    await execAs(office, CREATE, { k: "COLLECTIVE", i: { name: "民盟大同市委员会" } });
    expect((await execAs(office, LIST, { k: "HANDLING_UNIT" })).data.orgUnits).toEqual({ total: 1, items: [{ name: "大同市教育局", username: unitUser.username }] });
    expect((await execAs(office, LIST, { k: "COLLECTIVE", s: "民盟" })).data.orgUnits.total).toBe(1);
    const unlink = await execAs(office, `mutation($id: ID!) { updateOrgUnit(kind: HANDLING_UNIT, id: $id, input: { username: null, disabled: true }) { username disabled } }`, { id: made.data.createOrgUnit.id });
    expect(unlink.data.updateOrgUnit).toEqual({ username: null, disabled: true });
    expect((await execAs(office, LIST, { k: "HANDLING_UNIT" })).data.orgUnits.total).toBe(0);
    const { viewer: plain } = await createUser(t.id, ["STAFF"]);
    expect((await execAs(plain, CREATE, { k: "COLLECTIVE", i: { name: "九三学社大同市委员会" } })).code).toBe("FORBIDDEN");
  });

  it("imports units from Excel", async () => {
    const t = await createTenant();
    const { viewer: staff } = await createUser(t.id, ["STAFF", "MEMBER_AFFAIRS"]);
    const f = await xlsxBase64(["单位名称", "联系人", "联系电话"], [["大同市水务局", "张科长", "0352-1234567"], ["大同市商务局", "", ""]]);
    const r = await execAs(staff, `mutation($f: String!) { importOrgUnits(kind: HANDLING_UNIT, fileBase64: $f) { ok imported } }`, { f });
    expect(r.data.importOrgUnits).toEqual({ ok: true, imported: 2 });
    expect((await owner.handlingUnit.findMany({ where: { tenantId: t.id }, orderBy: { sortOrder: "asc" } })).map((u) => [u.name, u.contactPerson])).toEqual([["大同市水务局", "张科长"], ["大同市商务局", null]]);
  });
});
