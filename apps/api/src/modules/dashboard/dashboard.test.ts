import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { app, owner } from "../../../test/support/db";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import type { Viewer } from "../../context/viewer";
import { createDicts, createMember, createSession } from "../members/members.fixtures";

/**
 * 领导驾驶舱 and 全市汇总 on known data, as the app role (RLS on): each figure; the same numbers as the
 * modules' own statistics; the roll-up shows each county exactly as it sees itself and sums them; a
 * county is refused (by the use-case and by the database function); every roll-up is audited.
 */

const FIGURES = `
  tenantId tenantName session { id name number } from to
  proposals {
    total filed notFiled closed rated satisfactionRate
    byState { key label count } byCategory { key label count } satisfaction { key label count }
    byUnit { key label assigned replied overdue }
    handling { assignments onTime late overdue pending onTimeRate }
  }
  opinions { submitted adopted inJournal published instructed adoptionRate }
  members { total bySector { key label count } byParty { key label count } }
  meetings { meetings invited attended leave absent attendanceRate }
  topPerformers { name total rank }`;

const day = (offset: number) => {
  const d = new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000);
  return new Date(`${d.toISOString().slice(0, 10)}T00:00:00Z`);
};
const at = (local: string) => new Date(`${local}T10:00:00+08:00`);

interface Spec {
  level: "CITY" | "COUNTY";
  parentId?: string;
  /** Sector / party index of each member of the current session. */
  members: [number, number][];
  /** The full set (below) or only a few proposals. */
  full: boolean;
}

/**
 * A committee with 第15届 (current) and 第14届. With `full`, the current session has:
 *   proposals p1 SUBMITTED (2025-01-10, cat A), p2 FILED (A), p3 HANDLING (B; u1 overdue, u2 within the deadline),
 *   p4 REPLIED (B; u1 replied on time; 满意), p5 CLOSED (no category; u2 replied late; 不满意 then 基本满意),
 *   p6 NOT_FILED, p7 DRAFT; all but p1 submitted 2025-06-01;
 *   opinions SUBMITTED, SECOND_REVIEWED (with an instruction), PUBLISHED, RETURNED, DRAFT;
 *   meetings: published (attended, leave, undecided), finished (attended), a draft (attended — not counted).
 * Without it: two FILED proposals. Either way 第14届 has one SUBMITTED proposal.
 */
async function committee(spec: Spec) {
  const tenant = await createTenant({ level: spec.level, parentId: spec.parentId });
  const dicts = await createDicts(tenant.id, randomUUID().slice(0, 6));
  const session = await createSession(tenant.id, { number: 15, isCurrent: true });
  const old = await createSession(tenant.id, { number: 14 });
  const members: string[] = [];
  for (const [i, [sector, party]] of spec.members.entries()) members.push(await createMember(tenant.id, dicts, { name: `委员${i}`, terms: [{ sessionId: session.id, sector, party }] }));
  const memberId = members[0] ?? (await createMember(tenant.id, dicts, { name: "往届委员", terms: [{ sessionId: old.id }] }));
  const tenantId = tenant.id;
  const by = randomUUID();
  const proposal = async (state: string, o: { categoryId?: string | null; submittedAt?: Date; sessionId?: string } = {}) =>
    (
      await owner.proposal.create({
        data: {
          tenantId, sessionId: o.sessionId ?? session.id, categoryId: o.categoryId ?? null, title: `提案${state}`, content: "<p>x</p>", submitterType: "MEMBER", memberId,
          submitterName: "委员0", createdBy: by, state: state as never, submittedAt: state === "DRAFT" ? null : (o.submittedAt ?? at("2025-06-01")), terms: [],
        },
      })
    ).id;
  await proposal("SUBMITTED", { sessionId: old.id });
  if (!spec.full) {
    await proposal("FILED");
    await proposal("FILED");
  } else {
    const catA = await owner.proposalCategory.create({ data: { tenantId, name: `经济建设${randomUUID().slice(0, 4)}` } });
    const catB = await owner.proposalCategory.create({ data: { tenantId, name: `社会建设${randomUUID().slice(0, 4)}` } });
    const u1 = await owner.handlingUnit.create({ data: { tenantId, name: `教育局${randomUUID().slice(0, 4)}`, sortOrder: 1 } });
    const u2 = await owner.handlingUnit.create({ data: { tenantId, name: `财政局${randomUUID().slice(0, 4)}`, sortOrder: 2 } });
    const assign = (proposalId: string, unitId: string, role: "LEAD" | "CO", deadline: Date, repliedAt: Date | null = null) =>
      owner.proposalAssignment.create({ data: { tenantId, proposalId, unitId, role, deadline, repliedAt, assignedBy: by } });
    const feedback = (proposalId: string, round: number, satisfaction: "SATISFIED" | "BASICALLY_SATISFIED" | "DISSATISFIED") =>
      owner.proposalFeedback.create({ data: { tenantId, proposalId, round, satisfaction, submittedBy: by } });
    await proposal("SUBMITTED", { categoryId: catA.id, submittedAt: at("2025-01-10") });
    await proposal("FILED", { categoryId: catA.id });
    const p3 = await proposal("HANDLING", { categoryId: catB.id });
    await assign(p3, u1.id, "LEAD", day(-10));
    await assign(p3, u2.id, "CO", day(30));
    const p4 = await proposal("REPLIED", { categoryId: catB.id });
    await assign(p4, u1.id, "LEAD", new Date("2025-06-30T00:00:00Z"), at("2025-06-20"));
    await feedback(p4, 1, "SATISFIED");
    const p5 = await proposal("CLOSED");
    await assign(p5, u2.id, "LEAD", new Date("2025-06-30T00:00:00Z"), at("2025-07-05"));
    await feedback(p5, 1, "DISSATISFIED");
    await feedback(p5, 2, "BASICALLY_SATISFIED");
    await proposal("NOT_FILED");
    await proposal("DRAFT");

    const jt = await owner.journalType.create({ data: { tenantId, name: `社情民意${randomUUID().slice(0, 4)}` } });
    const issue = await owner.journalIssue.create({ data: { tenantId, typeId: jt.id, year: 2025, number: 1, status: "PUBLISHED" as never } });
    const opinion = async (state: string) =>
      (
        await owner.opinion.create({
          data: {
            tenantId, sessionId: session.id, title: `信息${state}`, content: "x", state: state as never, submitterKind: "MEMBER", memberId, submitterName: "委员0",
            submittedAt: state === "DRAFT" ? null : at("2025-06-01"), ...(state === "PUBLISHED" ? { issueId: issue.id, issueOrder: 1 } : {}),
          },
        })
      ).id;
    await opinion("SUBMITTED");
    const o2 = await opinion("SECOND_REVIEWED");
    await owner.opinionInstruction.create({ data: { tenantId, opinionId: o2, kind: "LEADER_INSTRUCTION", authorName: "市长", instructedAt: new Date("2025-06-10T00:00:00Z"), content: "阅" } });
    await opinion("PUBLISHED");
    await opinion("RETURNED");
    await opinion("DRAFT");

    // Invitees: the session's members, topped up with former members (invitations need not follow terms).
    const invitees = [...members];
    while (invitees.length < 3) invitees.push(await createMember(tenantId, dicts, { name: `列席${invitees.length}`, terms: [{ sessionId: old.id }] }));
    const kind = await owner.meetingKind.create({ data: { tenantId, category: "MEETING", name: `常委会${randomUUID().slice(0, 4)}` } });
    const meeting = async (status: "PUBLISHED" | "FINISHED" | "DRAFT", attendance: (null | "ATTENDED" | "LEAVE" | "ABSENT")[]) => {
      const m = await owner.meeting.create({
        data: { tenantId, category: "MEETING", kindId: kind.id, sessionId: session.id, title: "会议", startsAt: at("2025-06-05"), endsAt: at("2025-06-06"), place: "会议室", inviteRules: {}, status },
      });
      for (const [i, a] of attendance.entries()) await owner.meetingInvitation.create({ data: { tenantId, meetingId: m.id, memberId: invitees[i]!, attendance: a } });
    };
    await meeting("PUBLISHED", ["ATTENDED", "LEAVE", null]);
    await meeting("FINISHED", ["ATTENDED"]);
    await meeting("DRAFT", ["ATTENDED"]);
  }
  const { viewer } = await createUser(tenant.id, ["STAFF"]);
  return { tenant, session, old, viewer, dicts };
}

async function ok<T = any>(viewer: Viewer, source: string, variables?: Record<string, unknown>): Promise<T> {
  const r = await execAs(viewer, source, variables);
  expect(r.errors).toBeUndefined();
  return r.data as T;
}
const dashboardOf = async (viewer: Viewer, filter: Record<string, unknown> = {}) => (await ok(viewer, `query($f: DashboardFilterInput) { dashboard(filter: $f) { ${FIGURES} } }`, { f: filter })).dashboard;
const rollupOf = async (viewer: Viewer, filter: Record<string, unknown> = {}) =>
  (await ok(viewer, `query($f: DashboardFilterInput) { dashboardRollup(filter: $f) { committees { ${FIGURES} } total { ${FIGURES} } } }`, { f: filter })).dashboardRollup;
const counts = (xs: { label: string; count: number }[]) => Object.fromEntries(xs.filter((x) => x.count).map((x) => [x.label, x.count]));

describe("领导驾驶舱", () => {
  it("each figure on known data", async () => {
    const c = await committee({ level: "CITY", members: [[0, 0], [0, 1], [1, 1]], full: true });
    const d = await dashboardOf(c.viewer);
    expect(d.session).toMatchObject({ id: c.session.id, number: 15 });
    expect(d.proposals).toMatchObject({ total: 6, filed: 4, notFiled: 1, closed: 1, rated: 2, satisfactionRate: 100 });
    expect(counts(d.proposals.byState)).toEqual({ 待一审: 1, 已立案待交办: 1, 办理中: 1, 已答复待评价: 1, 已办结: 1, 不予立案: 1 });
    expect(d.proposals.byCategory.map((x: { label: string; count: number }) => [x.label.slice(0, 4), x.count]).sort()).toEqual([["未分类", 2], ["社会建设", 2], ["经济建设", 2]]);
    expect(counts(d.proposals.satisfaction)).toEqual({ 满意: 1, 基本满意: 1 });
    expect(d.proposals.handling).toEqual({ assignments: 4, onTime: 1, late: 1, overdue: 1, pending: 1, onTimeRate: 50 });
    expect(d.proposals.byUnit.map((u: { label: string; assigned: number; replied: number; overdue: number }) => [u.label.slice(0, 3), u.assigned, u.replied, u.overdue])).toEqual([
      ["教育局", 2, 1, 1],
      ["财政局", 2, 1, 0],
    ]);
    expect(d.opinions).toEqual({ submitted: 4, adopted: 2, inJournal: 1, published: 1, instructed: 1, adoptionRate: 50 });
    expect(d.members.total).toBe(3);
    expect(d.members.bySector.map((x: { label: string; count: number }) => [x.label, x.count])).toEqual([[c.dicts.SECTOR[0]!.name, 2], [c.dicts.SECTOR[1]!.name, 1]]);
    expect(d.members.byParty.map((x: { label: string; count: number }) => [x.label, x.count])).toEqual([[c.dicts.PARTY[0]!.name, 1], [c.dicts.PARTY[1]!.name, 2]]);
    expect(d.meetings).toEqual({ meetings: 2, invited: 4, attended: 2, leave: 1, absent: 0, attendanceRate: 66.67 });
    expect(d.topPerformers).toEqual([]);

    // The period narrows proposals (by submission), opinions and meetings; the session picks another term.
    const may = await dashboardOf(c.viewer, { from: "2025-05-01", to: "2025-06-30" });
    expect(may.proposals.total).toBe(5);
    expect(may.proposals.byCategory.find((x: { label: string }) => x.label.startsWith("经济建设")).count).toBe(1);
    expect(may.meetings.meetings).toBe(2);
    expect((await dashboardOf(c.viewer, { to: "2025-05-31" })).meetings.meetings).toBe(0);
    const old = await dashboardOf(c.viewer, { sessionId: c.old.id });
    expect(old.proposals).toMatchObject({ total: 1, filed: 0 });
    expect(old.members.total).toBe(0);
    expect((await execAs(c.viewer, `{ dashboard(filter: { from: "2025-07-01", to: "2025-06-01" }) { tenantId } }`)).code).toBe("VALIDATION_FAILED");
    const other = await committee({ level: "CITY", members: [], full: false });
    expect((await execAs(c.viewer, `query($s: ID) { dashboard(filter: { sessionId: $s }) { tenantId } }`, { s: other.session.id })).code).toBe("NOT_FOUND");
  });

  it("agrees with each module's own statistics", async () => {
    const c = await committee({ level: "CITY", members: [[0, 0], [1, 1], [2, 0]], full: true });
    const d = await dashboardOf(c.viewer);
    const m = await ok(
      c.viewer,
      `query($s: ID!) {
        proposalStatistics(sessionId: $s) { total byState { state count } bySatisfaction { satisfaction count } byUnit { unit { id } assigned replied overdue } }
        proposalTracking(filter: { sessionId: $s, overdueOnly: true }, pageSize: 1) { total }
        opinionSummaryStatistics(filter: { sessionId: $s }) { submitted adopted inJournal published instructed adoptionRate }
        memberStatistics(sessionId: $s) { total bySector { key count } byParty { key count } }
        meetingStatistics(filter: { sessionId: $s }) { total { meetings invited attended leave absent attendanceRate } }
      }`,
      { s: c.session.id },
    );
    expect(d.proposals.total).toBe(m.proposalStatistics.total);
    expect(d.proposals.byState.map((x: { key: string; count: number }) => [x.key, x.count])).toEqual(m.proposalStatistics.byState.map((x: { state: string; count: number }) => [x.state, x.count]));
    expect(d.proposals.satisfaction.map((x: { key: string; count: number }) => [x.key, x.count])).toEqual(m.proposalStatistics.bySatisfaction.map((x: { satisfaction: string; count: number }) => [x.satisfaction, x.count]));
    const units = (rows: { key: string; assigned: number; replied: number; overdue: number }[]) => rows.map((u) => [u.key, u.assigned, u.replied, u.overdue]).sort();
    expect(units(d.proposals.byUnit)).toEqual(units(m.proposalStatistics.byUnit.map((u: any) => ({ ...u, key: u.unit.id }))));
    expect(d.proposals.handling.overdue).toBe(m.proposalTracking.total);
    expect(d.opinions).toEqual(m.opinionSummaryStatistics);
    expect(d.members.total).toBe(m.memberStatistics.total);
    const nonZero = (xs: { key: string; count: number }[]) => xs.filter((x) => x.count).map((x) => [x.key, x.count]).sort();
    expect(nonZero(d.members.bySector)).toEqual(nonZero(m.memberStatistics.bySector));
    expect(nonZero(d.members.byParty)).toEqual(nonZero(m.memberStatistics.byParty));
    expect(d.meetings).toEqual(m.meetingStatistics.total);
  });

  it("needs dashboard:read", async () => {
    const c = await committee({ level: "COUNTY", members: [], full: false });
    const { viewer: member } = await createUser(c.tenant.id, ["MEMBER"]);
    expect((await execAs(member, `{ dashboard { tenantId } }`)).code).toBe("FORBIDDEN");
    const { viewer: office } = await createUser(c.tenant.id, ["CMS_EDITOR"]);
    expect((await execAs(office, `{ exportDashboard { filename } }`)).code).toBe("FORBIDDEN");
    const { viewer: leader } = await createUser(c.tenant.id, ["LEADER"]);
    expect((await dashboardOf(leader)).proposals.total).toBe(2);
  });

  it("exports a chart's data and the whole dashboard as Excel", async () => {
    const c = await committee({ level: "CITY", members: [[0, 0]], full: true });
    const one = (await ok(c.viewer, `{ exportDashboard(chart: "proposalState") { filename contentType base64 rowCount } }`)).exportDashboard;
    expect(one.filename).toMatch(/提案办理状态\.xlsx$/);
    expect(one.rowCount).toBeGreaterThan(5);
    expect(Buffer.from(one.base64, "base64").subarray(0, 2).toString()).toBe("PK");
    const all = (await ok(c.viewer, `{ exportDashboard { filename rowCount } }`)).exportDashboard;
    expect(all.filename).toMatch(/领导驾驶舱\.xlsx$/);
    expect((await execAs(c.viewer, `{ exportDashboard(chart: "nope") { filename } }`)).code).toBe("VALIDATION_FAILED");
  });
});

describe("全市汇总", () => {
  it("shows each county exactly as it sees itself, sums them, is audited, and is refused to counties", async () => {
    const city = await committee({ level: "CITY", members: [[0, 0], [1, 1]], full: true });
    const a = await committee({ level: "COUNTY", parentId: city.tenant.id, members: [[0, 0], [0, 1], [1, 0]], full: true });
    const b = await committee({ level: "COUNTY", parentId: city.tenant.id, members: [[2, 2]], full: false });
    const stranger = await committee({ level: "CITY", members: [[0, 0]], full: false });

    const r = await rollupOf(city.viewer);
    expect(new Set(r.committees.map((x: { tenantId: string }) => x.tenantId))).toEqual(new Set([city.tenant.id, a.tenant.id, b.tenant.id]));
    expect(r.committees[0].tenantId).toBe(city.tenant.id);
    // Another city's committee never appears.
    expect(r.committees.map((x: { tenantId: string }) => x.tenantId)).not.toContain(stranger.tenant.id);
    // Each county in the roll-up = that county's own dashboard (performers are the county's own page only).
    for (const c of [city, a, b]) {
      const own = await dashboardOf(c.viewer);
      expect(r.committees.find((x: { tenantId: string }) => x.tenantId === c.tenant.id)).toEqual({ ...own, topPerformers: [] });
    }
    // The total is the sum; rates come from the summed counts.
    const sum = (f: (d: any) => number) => r.committees.reduce((n: number, d: any) => n + f(d), 0);
    expect(r.total.tenantId).toBe("total");
    expect(r.total.proposals).toMatchObject({ total: 6 + 6 + 2, filed: 4 + 4 + 2, closed: 2, rated: 4, satisfactionRate: 100 });
    expect(r.total.proposals.handling).toEqual({ assignments: 8, onTime: 2, late: 2, overdue: 2, pending: 2, onTimeRate: 50 });
    for (const k of ["total", "filed", "notFiled", "closed", "rated"]) expect(r.total.proposals[k]).toBe(sum((d) => d.proposals[k]));
    for (const k of ["submitted", "adopted", "inJournal", "published", "instructed"]) expect(r.total.opinions[k]).toBe(sum((d) => d.opinions[k]));
    for (const k of ["meetings", "invited", "attended", "leave", "absent"]) expect(r.total.meetings[k]).toBe(sum((d) => d.meetings[k]));
    expect(r.total.members.total).toBe(2 + 3 + 1);
    expect(r.total.members.bySector.reduce((n: number, x: { count: number }) => n + x.count, 0)).toBe(6);
    for (const s of r.total.proposals.byState) expect(s.count).toBe(sum((d) => d.proposals.byState.find((x: { key: string }) => x.key === s.key).count));

    // Audited in the city's chain, naming the committees it covered.
    const logged = await owner.auditLog.findMany({ where: { tenantId: city.tenant.id, action: "dashboard.rollup" } });
    expect(logged).toHaveLength(1);
    expect(logged[0]!.userId).toBe(city.viewer.userId);
    expect(logged[0]!.detail).toMatchObject({ committees: 3 });
    expect((logged[0]!.detail as { tenantIds: string[] }).tenantIds.sort()).toEqual([city.tenant.id, a.tenant.id, b.tenant.id].sort());

    // A session is matched by its number in each committee (第14届 here).
    const old = await rollupOf(city.viewer, { sessionId: city.old.id });
    for (const c of [city, a, b]) {
      const own = await dashboardOf(c.viewer, { sessionId: c.old.id });
      expect(old.committees.find((x: { tenantId: string }) => x.tenantId === c.tenant.id)).toEqual({ ...own, topPerformers: [] });
    }
    expect(old.total.proposals.total).toBe(3);
    expect(await owner.auditLog.count({ where: { tenantId: city.tenant.id, action: "dashboard.rollup" } })).toBe(2);

    // The roll-up export is the same read, audited too.
    const x = (await ok(city.viewer, `{ exportDashboardRollup { filename rowCount } }`)).exportDashboardRollup;
    expect(x.rowCount).toBe(4);
    expect(await owner.auditLog.count({ where: { tenantId: city.tenant.id, action: "dashboard.rollup" } })).toBe(3);
  });

  it("is refused to a county, and the database function refuses it too", async () => {
    const city = await committee({ level: "CITY", members: [], full: false });
    const county = await committee({ level: "COUNTY", parentId: city.tenant.id, members: [], full: false });
    expect((await execAs(county.viewer, `{ dashboardRollup { total { tenantId } } }`)).code).toBe("FORBIDDEN");
    expect((await execAs(county.viewer, `{ exportDashboardRollup { filename } }`)).code).toBe("FORBIDDEN");
    expect(await owner.auditLog.count({ where: { tenantId: county.tenant.id, action: "dashboard.rollup" } })).toBe(0);

    // Straight at the database as the app role: a county scope, no scope, or a user who does not serve the city.
    const call = (tenantId: string, userId: string) =>
      app.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('app.tenant_id', ${tenantId}, true), set_config('app.user_id', ${userId}, true)`;
        return tx.$queryRaw<{ tenant_id: string }[]>`SELECT tenant_id::text FROM dashboard_rollup(NULL, NULL, NULL)`;
      });
    await expect(call(county.tenant.id, county.viewer.userId)).rejects.toThrow(/only a city/);
    await expect(call("", "")).rejects.toThrow(/no committee in scope/);
    await expect(call(city.tenant.id, county.viewer.userId)).rejects.toThrow(/does not serve/);
    expect((await call(city.tenant.id, city.viewer.userId)).map((r) => r.tenant_id).sort()).toEqual([city.tenant.id, county.tenant.id].sort());

    // The function leaves the caller's scope as it found it.
    const scope = await app.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.tenant_id', ${city.tenant.id}, true), set_config('app.user_id', ${city.viewer.userId}, true)`;
      await tx.$queryRaw`SELECT count(*) FROM dashboard_rollup(NULL, NULL, NULL)`;
      return tx.$queryRaw<{ t: string }[]>`SELECT current_setting('app.tenant_id', true) AS t`;
    });
    expect(scope[0]!.t).toBe(city.tenant.id);
  });
});
