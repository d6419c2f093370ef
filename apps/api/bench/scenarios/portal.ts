/**
 * Member portal hot paths at the tier's size (issue 8 × issue 12): the big committee's member users get
 * profiles and terms from the generator; then:
 *   通讯录 search by pinyin initials and by full pinyin, browsing, the 工作台 summary — under concurrent load;
 *   a 通知公告 published to every member — one transaction, timed (receipts + notifications).
 */
import { nameSearchColumns } from "../../src/modules/members/pinyin";
import { createOwnerPrisma } from "../../src/db/prisma";
import { gql, login } from "../client";
import type { Generated } from "../generate";
import { runLoad, timeSerial, type LoadResult } from "../load";
import { ms, type Row, type Section } from "../report";
import { BENCH_PASSWORD } from "../tiers";

const row = (name: string, r: LoadResult, p95: number): Row => ({
  name,
  measured: `${r.rps.toFixed(0)} req/s · p50 ${ms(r.p50)} · p95 ${ms(r.p95)} · p99 ${ms(r.p99)} · errors ${r.errors}/${r.requests + r.errors}`,
  target: `p95 ≤ ${p95} ms, 0 errors`,
  ok: r.errors === 0 && r.p95 <= p95,
});

export async function runPortalScenario(o: { base: string; ownerUrl: string; data: Generated; quick: boolean }): Promise<Section> {
  const db = createOwnerPrisma(o.ownerUrl);
  const tenantId = o.data.tenants[0]!.id;
  const dur = o.quick ? 2_000 : 6_000;
  try {
    // Profiles, terms and the current 届次 come from the generator (generate-volumes.ts).
    const members = await db.$queryRaw<{ id: string; name: string; username: string }[]>`
      SELECT u.id, p.name, u.username FROM member_profile p JOIN app_user u ON u.id = p.user_id
       WHERE p.tenant_id = ${tenantId}::uuid ORDER BY u.username`;
    const memberCookie = await login(o.base, members[0]!.username, BENCH_PASSWORD);
    const staffCookie = await login(o.base, o.data.staff[0]!, BENCH_PASSWORD);
    const probe = nameSearchColumns(members[Math.floor(members.length / 2)]!.name);
    const initials = probe.nameInitials.slice(0, 2);
    const CONTACTS = `query($s: String, $p: Int!) { contacts(search: $s, page: $p, pageSize: 30) { total items { name mobile } } }`;
    const rows: Row[] = [];
    rows.push(row(`通讯录 按首字母“${initials}”查找（${members.length} 名委员）`, await runLoad({ connections: 16, durationMs: dur, request: async () => (await gql(o.base, CONTACTS, { s: initials, p: 1 }, memberCookie)).ok }), 150));
    rows.push(row(`通讯录 按全拼“${probe.namePinyin}”查找`, await runLoad({ connections: 16, durationMs: dur, request: async () => (await gql(o.base, CONTACTS, { s: probe.namePinyin, p: 1 }, memberCookie)).ok }), 150));
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
