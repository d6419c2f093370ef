import { beforeAll, describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { Browser, codeOf, startTestServer } from "../../../test/support/http";
import { TEST_PASSWORD } from "../../../test/support/factories";
import type { Viewer } from "../../context/viewer";
import { createDicts, createMember, createSession, type Dicts } from "./members.fixtures";

const LIST = `query($f: MemberFilter, $s: MemberSort, $p: Int, $n: Int) {
  members(filter: $f, sort: $s, page: $p, pageSize: $n) { total items { id name mobile mobileMasked term { session { name } party { name } sector { name } memberType { name } } } }
}`;

const DICT = `id name code`;
const TERM = `id session { id name number isCurrent } sector { ${DICT} } party { ${DICT} } memberType { ${DICT} } specialCommittee { ${DICT} }`;
const FULL_LIST = `query($f: MemberFilter, $s: MemberSort, $p: Int, $n: Int) {
  members(filter: $f, sort: $s, page: $p, pageSize: $n) { total items {
    id userId username name namePinyin formerName gender birthDate age ethnicGroup { ${DICT} } nativePlace education { ${DICT} }
    workUnitTitle workAddress mobile mobileMasked hasPendingChange createdAt updatedAt term { ${TERM} } terms { ${TERM} } } }
}`;

describe("member queries (委员信息查询)", () => {
  let tenantId: string, dicts: Dicts, s14: string, s15: string, staff: Viewer, reader: Viewer, memberViewer: Viewer;
  const ids: Record<string, string> = {};
  const names = async (filter: Record<string, unknown>, viewer = reader) => {
    const r = await execAs(viewer, LIST, { f: filter, n: 50 });
    expect(r.errors).toBeUndefined();
    return r.data.members.items.map((m: { name: string }) => m.name).sort();
  };

  beforeAll(async () => {
    tenantId = (await createTenant()).id;
    dicts = await createDicts(tenantId);
    s14 = (await createSession(tenantId, { number: 14 })).id;
    s15 = (await createSession(tenantId, { number: 15, isCurrent: true })).id;
    const { user } = await createUser(tenantId, ["MEMBER"]);
    memberViewer = (await import("../../../test/support/db")).viewerOf(user, tenantId, ["MEMBER"]);
    // party: 0 中共, 1 民盟, 2 无党派; sector: 0 中共界, 1 经济界, 2 教育界; memberType: 0 常委, 1 委员
    ids.zhq = await createMember(tenantId, dicts, { name: "张华强", userId: user.id, mobile: "13812345678", birthDate: "1975-06-18",
      terms: [{ sessionId: s15, party: 0, sector: 0 }, { sessionId: s14, party: 2, sector: 1 }] });
    ids.zh = await createMember(tenantId, dicts, { name: "张华", birthDate: "1980-01-01", terms: [{ sessionId: s15, party: 1, sector: 1 }] });
    ids.zhaohq = await createMember(tenantId, dicts, { name: "赵海强", birthDate: "1968-03-03", terms: [{ sessionId: s15, party: 2, sector: 0 }] });
    ids.lm = await createMember(tenantId, dicts, { name: "李明", gender: "FEMALE", birthDate: "1990-05-05", terms: [{ sessionId: s14, party: 0, sector: 2 }] });
    ids.whq = await createMember(tenantId, dicts, { name: "王华强", ethnic: 1, education: 1, birthDate: "1960-12-12",
      terms: [{ sessionId: s15, party: 0, sector: 2, memberType: 0, committee: 1 }] });
    staff = (await createUser(tenantId, ["STAFF", "MEMBER_AFFAIRS"])).viewer;
    reader = (await createUser(tenantId, ["STAFF"])).viewer;
    // Another committee's 张华强 must never show up.
    const b = await createTenant();
    await createMember(b.id, await createDicts(b.id), { name: "张华强" });
  });

  it("finds names by pinyin initials, full pinyin, substring and exact name", async () => {
    expect(await names({ name: "zhq" })).toEqual(["张华强", "赵海强"]);
    expect(await names({ name: "ZHQ" })).toEqual(["张华强", "赵海强"]);
    expect(await names({ name: "zhanghua" })).toEqual(["张华", "张华强"]);
    expect(await names({ name: "huaqiang" })).toEqual(["张华强", "王华强"]);
    expect(await names({ name: "华强" })).toEqual(["张华强", "王华强"]);
    expect(await names({ name: "张华强" })).toEqual(["张华强"]);
    expect(await names({ name: "lm" })).toEqual(["李明"]);
    expect(await names({ name: "xyz" })).toEqual([]);
  });

  it("combines any fields; term conditions apply to the chosen session's term", async () => {
    const party = (i: number) => dicts.PARTY[i]!.id;
    expect(await names({ sessionId: s15 })).toEqual(["张华", "张华强", "王华强", "赵海强"]);
    expect(await names({ sessionId: s14 })).toEqual(["张华强", "李明"]);
    expect(await names({ sessionId: s15, partyIds: [party(0)], gender: "MALE" })).toEqual(["张华强", "王华强"]);
    expect(await names({ sessionId: s15, partyIds: [party(0)], memberTypeIds: [dicts.MEMBER_TYPE[0]!.id] })).toEqual(["王华强"]);
    // 张华强 was 无党派 in the 14th session, 中共 in the 15th: the filter reads the chosen session only.
    expect(await names({ sessionId: s14, partyIds: [party(0)] })).toEqual(["李明"]);
    expect(await names({ partyIds: [party(2)] })).toEqual(["张华强", "赵海强"]);
    expect(await names({ sessionId: s15, partyIds: [party(1), party(2)], sectorIds: [dicts.SECTOR[0]!.id] })).toEqual(["赵海强"]);
    expect(await names({ ethnicGroupIds: [dicts.ETHNIC_GROUP[1]!.id], educationIds: [dicts.EDUCATION[1]!.id] })).toEqual(["王华强"]);
    expect(await names({ specialCommitteeIds: [dicts.SPECIAL_COMMITTEE[1]!.id] })).toEqual(["王华强"]);
    expect(await names({ name: "zhq", sessionId: s15, partyIds: [party(2)] })).toEqual(["赵海强"]);
    expect(await names({ hasAccount: true })).toEqual(["张华强"]);
    const r = await execAs(reader, LIST, { f: { sessionId: s14, name: "张华强" } });
    expect(r.data.members.items[0].term).toEqual({ session: { name: "第14届" }, party: { name: "无党派人士" }, sector: { name: "经济界" }, memberType: { name: "委员" } });
  });

  it("pages and sorts by whitelisted fields (name in pinyin order)", async () => {
    const page = async (p: number, s?: object) => (await execAs(reader, LIST, { p, n: 2, s })).data.members;
    const p1 = await page(1);
    expect(p1.total).toBe(5);
    expect(p1.items.map((m: any) => m.name)).toEqual(["李明", "王华强"]);
    expect((await page(2)).items.map((m: any) => m.name)).toEqual(["张华", "张华强"]);
    expect((await page(3)).items.map((m: any) => m.name)).toEqual(["赵海强"]);
    expect((await page(1, { field: "BIRTH_DATE", direction: "DESC" })).items.map((m: any) => m.name)).toEqual(["李明", "张华"]);
    // Only the enum's columns can be sorted on: anything else is refused before it reaches a resolver.
    const server = await startTestServer();
    try {
      const r = await new Browser(server.url).gql(LIST, { s: { field: "MOBILE", direction: "ASC" } });
      expect(codeOf(r)).toBe("VALIDATION_FAILED");
      // The admin screen's full query stays inside the HTTP layer's depth/cost/token limits.
      const b = new Browser(server.url);
      const { user } = await createUser(tenantId, ["STAFF"]);
      await b.login(user.username, TEST_PASSWORD);
      const full = await b.gql(FULL_LIST, { f: { sessionId: s15 }, n: 200 });
      expect(full.errors).toBeUndefined();
      expect(full.data.members.total).toBe(4);
    } finally {
      await server.close();
    }
    expect((await execAs(reader, LIST, { n: 500 })).errors![0]!.message).toBe("每页最多 200 条");
  });

  it("masks phone numbers in lists; revealing one needs the permission and is audited", async () => {
    const r = await execAs(reader, LIST, { f: { name: "张华强" } });
    expect(r.data.members.items[0]).toMatchObject({ mobile: "138****5678", mobileMasked: true });
    const REVEAL = `mutation($id: ID!) { revealMemberPhone(memberId: $id) }`;
    expect((await execAs(reader, REVEAL, { id: ids.zhq })).code).toBe("FORBIDDEN");
    expect(await owner.auditLog.count({ where: { tenantId, action: "member.reveal_phone" } })).toBe(0);
    expect((await execAs(staff, REVEAL, { id: ids.zhq })).data.revealMemberPhone).toBe("13812345678");
    const audit = await owner.auditLog.findMany({ where: { tenantId, action: "member.reveal_phone" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ targetId: ids.zhq, userId: staff.userId });
    // The member sees their own number in full.
    const mine = await execAs(memberViewer, `{ myMemberProfile { name mobile mobileMasked terms { session { name } } } }`);
    expect(mine.data.myMemberProfile).toEqual({ name: "张华强", mobile: "13812345678", mobileMasked: false, terms: [{ session: { name: "第15届" } }, { session: { name: "第14届" } }] });
    // …but not the member list.
    expect((await execAs(memberViewer, LIST, {})).code).toBe("FORBIDDEN");
  });

  it("staff create and edit profiles: Chinese validation, dictionary kinds checked, pinyin recomputed, audited", async () => {
    const CREATE = `mutation($i: CreateMemberInput!) { createMember(input: $i) { id name username term { party { name } } } }`;
    const base = {
      name: "孙立新", gender: "MALE", birthDate: "1972-02-29", ethnicGroupId: dicts.ETHNIC_GROUP[0]!.id, educationId: dicts.EDUCATION[0]!.id,
      workUnitTitle: "大同市文化馆 馆长", mobile: "15035201234",
      term: { sessionId: s15, sectorId: dicts.SECTOR[1]!.id, partyId: dicts.PARTY[1]!.id, memberTypeId: dicts.MEMBER_TYPE[1]!.id },
    };
    const bad = await execAs(staff, CREATE, { i: { ...base, name: " ", birthDate: "1972-02-30", mobile: "1503520123" } });
    expect(bad.code).toBe("VALIDATION_FAILED");
    expect(bad.errors![0]!.extensions!.fields).toEqual({ name: "请输入姓名", birthDate: "出生日期不是有效日期", mobile: "手机号码应为 11 位大陆手机号" });
    const wrongKind = await execAs(staff, CREATE, { i: { ...base, term: { ...base.term, sectorId: dicts.PARTY[0]!.id } } });
    expect(wrongKind.errors![0]!.message).toBe("所选界别无效");
    const { user: outsider } = await createUser((await createTenant()).id, ["MEMBER"]);
    const foreign = await execAs(staff, CREATE, { i: { ...base, username: outsider.username } });
    expect(foreign.errors![0]!.message).toMatch(/不存在或不属于本委员会/);
    expect((await execAs(reader, CREATE, { i: base })).code).toBe("FORBIDDEN");

    const made = await execAs(staff, CREATE, { i: base });
    expect(made.errors).toBeUndefined();
    expect(made.data.createMember).toMatchObject({ name: "孙立新", username: null, term: { party: { name: "中国民主同盟" } } });
    const id = made.data.createMember.id;
    const upd = await execAs(staff, `mutation($id: ID!) { updateMember(id: $id, input: { name: "钱立新", mobile: "15035209999" }) { name namePinyin } }`, { id });
    expect(upd.data.updateMember).toEqual({ name: "钱立新", namePinyin: "qianlixin" });
    expect(await names({ name: "qlx" })).toEqual(["钱立新"]);
    const audit = await owner.auditLog.findFirstOrThrow({ where: { tenantId, action: "member.update", targetId: id } });
    expect(audit.detail).toEqual({ changes: [
      { field: "name", label: "姓名", from: "孙立新", to: "钱立新" },
      { field: "mobile", label: "手机号码", from: "150****1234", to: "150****9999" },
    ] });
    expect((await execAs(staff, `mutation($id: ID!) { deleteMember(id: $id) }`, { id })).data.deleteMember).toBe(true);
    expect(await owner.memberTerm.count({ where: { memberId: id } })).toBe(0);
  });
});
