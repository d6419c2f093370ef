/**
 * Member portal hot paths at the tier's size (issue 8 × issue 12): the big committee's member users get
 * profiles and a term in a current session (set-based, as the owner), then:
 *   通讯录 search by pinyin initials and browsing, the 工作台 summary — under concurrent load;
 *   a 通知公告 published to every member — one transaction, timed (receipts + notifications).
 */
import { DEFAULT_DICTIONARIES } from "../../src/modules/organisation/default-dictionaries";
import { nameSearchColumns } from "../../src/modules/members/pinyin";
import { writeMobile } from "../../src/modules/members/member-pii";
import { createOwnerPrisma } from "../../src/db/prisma";
import { gql, login } from "../client";
import type { Generated } from "../generate";
import { runLoad, timeSerial, type LoadResult } from "../load";
import { ms, type Row, type Section } from "../report";
import { BENCH_PASSWORD } from "../tiers";

const row = (name: string, r: LoadResult, p95: number): Row => ({
  name,
  measured: `${r.rps.toFixed(0)} req/s · p50 ${ms(r.p50)} · p95 ${ms(r.p95)} · errors ${r.errors}/${r.requests + r.errors}`,
  target: `p95 ≤ ${p95} ms, 0 errors`,
  ok: r.errors === 0 && r.p95 <= p95,
});

export async function runPortalScenario(o: { base: string; ownerUrl: string; data: Generated; quick: boolean }): Promise<Section> {
  const db = createOwnerPrisma(o.ownerUrl);
  const tenantId = o.data.tenants[0]!.id;
  const dur = o.quick ? 2_000 : 6_000;
  try {
    const members = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
      const session = await tx.committeeSession.create({ data: { tenantId, name: "第十五届", number: 15, startYear: 2023, endYear: 2027, isCurrent: true } });
      const dict = async (kind: "SECTOR" | "PARTY" | "SPECIAL_COMMITTEE" | "ETHNIC_GROUP" | "EDUCATION" | "MEMBER_TYPE") => {
        await tx.dictItem.createMany({ data: DEFAULT_DICTIONARIES[kind].map(([name], i) => ({ tenantId, kind, name, sortOrder: i })) });
        return (await tx.dictItem.findMany({ where: { tenantId, kind }, orderBy: { sortOrder: "asc" }, select: { id: true } })).map((d) => d.id);
      };
      const [sectors, parties, committees, ethnic, education, types] = [await dict("SECTOR"), await dict("PARTY"), await dict("SPECIAL_COMMITTEE"), await dict("ETHNIC_GROUP"), await dict("EDUCATION"), await dict("MEMBER_TYPE")];
      const users = await tx.$queryRaw<{ id: string; name: string; username: string }[]>`
        SELECT u.id, u.display_name AS name, u.username FROM tenant_membership m JOIN app_user u ON u.id = m.user_id
         WHERE m.tenant_id = ${tenantId}::uuid AND 'MEMBER' = ANY(m.roles::text[]) ORDER BY u.username`;
      for (let i = 0; i < users.length; i += 2000) {
        const batch = users.slice(i, i + 2000);
        const profiles = await tx.memberProfile.createManyAndReturn({
          data: batch.map((u, k) => ({
            tenantId, userId: u.id, name: u.name, ...nameSearchColumns(u.name), gender: k % 3 ? "MALE" as const : "FEMALE" as const,
            birthDate: new Date(Date.UTC(1960 + (k % 30), k % 12, 1 + (k % 27))), ethnicGroupId: ethnic[0]!, educationId: education[k % education.length]!,
            workUnitTitle: `基准单位${k % 200} 职务`, mobile: writeMobile(`139${String(10_000_000 + i + k).slice(-8)}`),
          })),
          select: { id: true },
        });
        await tx.memberTerm.createMany({
          data: profiles.map((p, k) => ({ tenantId, memberId: p.id, sessionId: session.id, sectorId: sectors[k % sectors.length]!, partyId: parties[k % parties.length]!, memberTypeId: types[k % types.length]!, specialCommitteeId: committees[k % committees.length]! })),
        });
      }
      return users;
    }, { timeout: 600_000 });
    await db.$executeRawUnsafe("ANALYZE member_profile; ANALYZE member_term");

    const memberCookie = await login(o.base, members[0]!.username, BENCH_PASSWORD);
    const staffCookie = await login(o.base, o.data.staff[0]!, BENCH_PASSWORD);
    const initials = nameSearchColumns(members[Math.floor(members.length / 2)]!.name).nameInitials.slice(0, 2);
    const CONTACTS = `query($s: String, $p: Int!) { contacts(search: $s, page: $p, pageSize: 30) { total items { name mobile } } }`;
    const rows: Row[] = [];
    rows.push(row(`通讯录 按首字母“${initials}”查找（${members.length} 名委员）`, await runLoad({ connections: 16, durationMs: dur, request: async () => (await gql(o.base, CONTACTS, { s: initials, p: 1 }, memberCookie)).ok }), 150));
    rows.push(row("通讯录 第 1 页（全部）", await runLoad({ connections: 16, durationMs: dur, request: async () => (await gql(o.base, CONTACTS, { p: 1 }, memberCookie)).ok }), 150));
    rows.push(row("工作台 数字一览 myWorkbench", await runLoad({ connections: 16, durationMs: dur, request: async () => (await gql(o.base, `{ myWorkbench { proposals opinions unreadNotices } }`, undefined, memberCookie)).ok }), 150));

    const CREATE = `mutation($i: NoticeInputType!) { createNotice(input: $i) { id version } }`;
    const PUBLISH = `mutation($id: ID!, $v: Int!) { publishNotice(id: $id, version: $v) { recipientCount } }`;
    let recipients = 0;
    const publish = await timeSerial(o.quick ? 2 : 5, async (i) => {
      const c = await gql(o.base, CREATE, { i: { title: `基准通知${i}`, body: "正文", audience: "ALL_MEMBERS" } }, staffCookie);
      if (!c.ok) throw new Error(JSON.stringify(c.body.errors));
      const p = await gql(o.base, PUBLISH, { id: c.body.data.createNotice.id, v: c.body.data.createNotice.version }, staffCookie);
      if (!p.ok) throw new Error(JSON.stringify(p.body.errors));
      recipients = p.body.data.publishNotice.recipientCount;
    });
    rows.push({ name: `通知公告 发布给全体委员（${recipients} 份回执 + ${recipients} 条消息，一个事务；含新建草稿）`, measured: `p50 ${ms(publish.p50)} · max ${ms(publish.p99)}`, target: "≤ 2 s at 400, grows linearly", ok: publish.errors === 0 && publish.p50 <= 2000 * Math.max(1, recipients / 400) });
    return { title: `委员端 Member portal (${members.length} 名委员的委员会)`, rows };
  } finally {
    await db.$disconnect();
  }
}
