import { randomUUID } from "node:crypto";
import { attendanceEventKind, type MeetingAttendance, type MeetingCategory, type MeetingInvitees } from "@zhzx/shared";
import type { PrismaClient } from "../generated/prisma/client";
import { demoPng } from "../modules/meetings/demo-png";
import { defaultMeetingKindRows } from "../modules/meetings/default-kinds";
import type { Random } from "./random";
import { scopeTo } from "./seed-foundation";

type Tenant = { id: string; code: string; name: string; level: string };
type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Term = { memberId: string; sectorId: string; partyId: string; specialCommitteeId: string | null; isStanding: boolean; isDemo: boolean };
type Plan = { kind: string; category: MeetingCategory; title: string; at: Date; hours: number; invitees: MeetingInvitees; status: "FINISHED" | "PUBLISHED" | "CANCELLED" | "DRAFT" };

const DAY = 86_400_000;
const TOPICS = ["推动文旅康养产业融合发展", "加快能源革命综合改革试点", "持续优化营商环境", "推进桑干河流域生态保护", "促进县域经济高质量发展", "完善养老服务体系", "推动数字经济与实体经济融合", "加强基层医疗卫生服务"];
const SITES = ["大同经济技术开发区", "云冈文化旅游示范区", "御河生态修复工程", "古城保护修缮项目", "现代农业产业园", "新能源装备制造基地"];
const LEAVE_REASONS = ["外出公务", "赴外地出差", "身体不适", "单位有重要会议", "家中有事"];
const GUESTS: [string, string][] = [["人大常委会办公室", "副主任"], ["人民政府办公室", "副秘书长"], ["发展和改革委员会", "副主任"], ["中级人民法院", "副院长"]];
const CN = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
const none = (): MeetingInvitees => ({ allOfSession: false, sectorIds: [], partyIds: [], specialCommitteeIds: [], memberIds: [] });
const ids = (xs: string[], max = 5000) => xs.slice(0, max);

/**
 * A year of meetings and activities per committee up to `today` (finished, with realistic attendance:
 * most attend, some on approved leave, a few absent — and the matching performance events), a cancelled
 * one, upcoming ones the demo member 张华强 is invited to (one today, for QR check-in), a draft, 大会发言
 * and photo stories. Deterministic for a given day: only `rnd` decides; dates hang off `today`.
 */
export async function seedMeetings(db: PrismaClient, rnd: Random, tenants: Tenant[], opts: { today?: Date } = {}) {
  const today = new Date(Math.floor(((opts.today ?? new Date()).getTime() + 8 * 3600_000) / DAY) * DAY - 8 * 3600_000); // 00:00 Beijing
  for (const t of tenants) {
    await db.$transaction(async (tx) => {
      await scopeTo(tx, t.id);
      await seedTenant(tx, rnd, t, today);
    }, { timeout: 120_000 });
  }
}

async function seedTenant(tx: Tx, rnd: Random, t: Tenant, today: Date) {
  await tx.meetingKind.createMany({ data: defaultMeetingKindRows(t.id) });
  const kinds = new Map((await tx.meetingKind.findMany({ where: { tenantId: t.id } })).map((k) => [k.name, k.id]));
  const session = await tx.committeeSession.findFirstOrThrow({ where: { tenantId: t.id, isCurrent: true } });
  // One query (the demo member 张华强 is the account "member"); ordered by name so the same seed gives the same plan.
  const terms = await tx.$queryRaw<Term[]>`
    SELECT t.member_id::text AS "memberId", t.sector_id::text AS "sectorId", t.party_id::text AS "partyId",
           t.special_committee_id::text AS "specialCommitteeId", ty.name = '常委' AS "isStanding", coalesce(u.username = 'member', false) AS "isDemo"
      FROM member_term t
      JOIN member_profile p ON p.tenant_id = t.tenant_id AND p.id = t.member_id
      JOIN dict_item ty ON ty.tenant_id = t.tenant_id AND ty.id = t.member_type_id
      LEFT JOIN app_user u ON u.id = p.user_id
     WHERE t.tenant_id = ${t.id}::uuid AND t.session_id = ${session.id}::uuid
     ORDER BY p.name_pinyin, p.name, p.birth_date, u.username, p.work_unit_title`;
  // Ids are random: order by the dictionaries' own order, so the same seed gives the same plan.
  const dict = await tx.dictItem.findMany({ where: { tenantId: t.id, kind: { in: ["SECTOR", "SPECIAL_COMMITTEE"] } }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
  const nameOf = new Map(dict.map((d) => [d.id, d.name]));
  const usedSectors = dict.filter((d) => d.kind === "SECTOR" && terms.some((x) => x.sectorId === d.id)).map((d) => d.id);
  const committees = dict.filter((d) => d.kind === "SPECIAL_COMMITTEE" && terms.some((x) => x.specialCommitteeId === d.id)).map((d) => d.id);
  const demo = terms.find((x) => x.isDemo);
  const staff = await tx.tenantMembership.findFirst({ where: { tenantId: t.id, roles: { has: "MEETING_AFFAIRS" } }, include: { user: true } });
  const reviewer = staff?.user.displayName ?? "工作人员";
  const hall = `${t.name}机关${rnd.pick(["三楼会议室", "一楼报告厅", "五楼常委会议室"])}`;

  const plans = planYear(rnd, t, today, session.name, usedSectors, committees, nameOf, terms);
  // The plenary is that year's 次会议 of the session (e.g. 政协大同市第十五届委员会第五次会议).
  const plenary = plans.find((p) => p.kind === "全会");
  const yearly = plenary && (await tx.sessionMeeting.findFirst({ where: { tenantId: t.id, sessionId: session.id, year: new Date(plenary.at.getTime() + 8 * 3600_000).getUTCFullYear() } }));
  if (plenary && yearly) plenary.title = plenary.title.replace("全体会议", yearly.name);
  // Upcoming: today (check-in demo), in 3, 7 and 12 days; the demo member is invited to each; one draft.
  const mine = (i: MeetingInvitees) => ({ ...i, memberIds: demo ? [...i.memberIds, demo.memberId] : i.memberIds });
  const at = (days: number, hour: number) => new Date(today.getTime() + days * DAY + hour * 3600_000);
  plans.push(
    { kind: "委员讲坛", category: "ACTIVITY", title: `委员讲坛：${rnd.pick(TOPICS)}`, at: at(0, 8.5), hours: 9, invitees: mine({ ...none(), allOfSession: true }), status: "PUBLISHED" },
    { kind: "常委会", category: "MEETING", title: `${session.name}常委会第${CN[plans.filter((p) => p.kind === "常委会").length + 1]}次会议`, at: at(3, 9), hours: 3, invitees: mine({ ...none(), memberIds: terms.filter((x) => x.isStanding).map((x) => x.memberId) }), status: "PUBLISHED" },
    { kind: "调研", category: "ACTIVITY", title: `${rnd.pick(TOPICS)}专题调研`, at: at(7, 9), hours: 6, invitees: mine({ ...none(), specialCommitteeIds: committees.slice(0, 1) }), status: "PUBLISHED" },
    { kind: "界别协商会议", category: "MEETING", title: `界别协商会：${rnd.pick(TOPICS)}`, at: at(12, 14.5), hours: 2.5, invitees: mine({ ...none(), sectorIds: usedSectors.slice(0, 2) }), status: "PUBLISHED" },
    { kind: "专题议政会", category: "MEETING", title: `专题议政会：${rnd.pick(TOPICS)}（筹备中）`, at: at(20, 9), hours: 3, invitees: { ...none(), allOfSession: true }, status: "DRAFT" },
  );

  const meetings = plans.map((p) => ({
    tenantId: t.id, id: randomUUID(), category: p.category, kindId: kinds.get(p.kind)!, sessionId: session.id, title: p.title, startsAt: p.at,
    endsAt: new Date(p.at.getTime() + p.hours * 3600_000), place: p.category === "ACTIVITY" && p.kind !== "学习培训" && p.kind !== "委员讲坛" ? rnd.pick(SITES) : hall,
    agenda: p.category === "MEETING" ? "一、传达学习有关会议精神\n二、审议有关事项\n三、委员发言\n四、主要领导讲话" : null,
    organiser: `${t.name}${p.category === "MEETING" ? "办公室" : "委员工作室"}`,
    inviteRules: p.invitees, status: p.status, createdBy: staff?.userId ?? null,
    publishedAt: p.status === "DRAFT" ? null : new Date(p.at.getTime() - 7 * DAY),
    finishedAt: p.status === "FINISHED" ? new Date(p.at.getTime() + p.hours * 3600_000) : null,
    cancelledAt: p.status === "CANCELLED" ? new Date(p.at.getTime() - DAY) : null, cancelReason: p.status === "CANCELLED" ? "因天气原因，活动取消" : null,
  }));
  for (let i = 0; i < meetings.length; i += 50) await tx.meeting.createMany({ data: meetings.slice(i, i + 50) });

  const inv: { m: string; at: Date; member: string; reply: string; reason: string | null; leave: string | null; att: MeetingAttendance | null }[] = [];
  const events: { m: string; member: string; kind: string; at: Date; note: string }[] = [];
  meetings.forEach((m, i) => {
    const p = plans[i]!;
    if (p.status === "DRAFT") return;
    for (const member of invitedBy(terms, p.invitees)) {
      if (p.status === "FINISHED" || p.status === "CANCELLED") {
        const r = rnd.next();
        const att: MeetingAttendance = r < 0.86 ? "ATTENDED" : r < 0.96 ? "LEAVE" : "ABSENT";
        const leave = att === "LEAVE";
        inv.push({ m: m.id, at: p.at, member, reply: leave ? "LEAVE" : att === "ATTENDED" || rnd.next() < 0.3 ? "ATTEND" : "NONE", reason: leave ? rnd.pick(LEAVE_REASONS) : null, leave: leave ? "APPROVED" : null, att: p.status === "FINISHED" ? att : null });
        if (p.status === "FINISHED") events.push({ m: m.id, member, kind: attendanceEventKind(p.category, att), at: p.at, note: p.title });
      } else {
        const isDemo = member === demo?.memberId;
        const r = isDemo ? 1 : rnd.next();
        const leave = r < 0.05;
        inv.push({ m: m.id, at: p.at, member, reply: leave ? "LEAVE" : r < 0.45 ? "ATTEND" : "NONE", reason: leave ? rnd.pick(LEAVE_REASONS) : null, leave: leave ? "PENDING" : null, att: null });
      }
    }
  });
  // One statement per table: unnest of parallel arrays (createMany would cost ~1 ms a row here).
  await tx.$executeRaw`
    INSERT INTO meeting_invitation (tenant_id, meeting_id, member_id, reply, leave_reason, leave_status, leave_reviewer_name, leave_reviewed_at,
                                    attendance, attendance_at, attendance_method, replied_at, invited_at, updated_at)
    SELECT ${t.id}::uuid, m, p, r::"MeetingReply", reason, l::"MeetingLeaveStatus", CASE l WHEN 'APPROVED' THEN ${reviewer} END, CASE l WHEN 'APPROVED' THEN at - interval '1 day' END,
           a::"MeetingAttendance", CASE WHEN a IS NOT NULL THEN at END,
           CASE a WHEN 'ATTENDED' THEN 'QR' WHEN 'LEAVE' THEN 'LEAVE_APPROVAL' WHEN 'ABSENT' THEN 'FINISH' END::"MeetingCheckInMethod",
           CASE WHEN r <> 'NONE' THEN at - interval '2 days' END, at - interval '7 days', now()
      FROM unnest(${inv.map((x) => x.m)}::uuid[], ${inv.map((x) => x.at)}::timestamptz[], ${inv.map((x) => x.member)}::uuid[], ${inv.map((x) => x.reply)}::text[],
                  ${inv.map((x) => x.reason)}::text[], ${inv.map((x) => x.leave)}::text[], ${inv.map((x) => x.att)}::text[]) AS u(m, at, p, r, reason, l, a)`;
  await tx.$executeRaw`
    INSERT INTO performance_event (tenant_id, id, member_id, kind, occurred_at, source_type, source_id, note)
    SELECT ${t.id}::uuid, gen_random_uuid(), p, k, at, 'Meeting', m::text, note
      FROM unnest(${events.map((e) => e.member)}::uuid[], ${events.map((e) => e.kind)}::text[], ${events.map((e) => e.at)}::timestamptz[],
                  ${events.map((e) => e.m)}::uuid[], ${events.map((e) => e.note)}::text[]) AS u(p, k, at, m, note)`;

  await seedExtras(tx, rnd, t, meetings, plans, terms, reviewer);
}

/** The members an item's invitees resolve to (the same rule as publishing: a term in the session). */
function invitedBy(terms: Term[], i: MeetingInvitees) {
  const out = new Set<string>(i.memberIds);
  for (const x of terms)
    if (i.allOfSession || i.sectorIds.includes(x.sectorId) || i.partyIds.includes(x.partyId) || (x.specialCommitteeId && i.specialCommitteeIds.includes(x.specialCommitteeId))) out.add(x.memberId);
  return [...out];
}

/** The past twelve months: a plenary in January, standing committee every other month, and the rest spread out. */
function planYear(rnd: Random, t: Tenant, today: Date, sessionName: string, sectors: string[], committees: string[], nameOf: Map<string, string>, terms: Term[]): Plan[] {
  const county = t.level !== "CITY";
  const plans: Plan[] = [];
  const monthsAgo = (k: number, day: number, hour: number) => {
    const d = new Date(today.getTime() + 8 * 3600_000 - k * 30.4 * DAY);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), day) + (hour - 8) * 3600_000);
  };
  const nowMonth = new Date(today.getTime() + 8 * 3600_000).getUTCMonth();
  const plenaryAgo = (nowMonth + 12) % 12 || 12;
  const standing = terms.filter((x) => x.isStanding).map((x) => x.memberId);
  const add = (kind: string, category: MeetingCategory, title: string, at: Date, hours: number, invitees: MeetingInvitees) =>
    at < today && plans.push({ kind, category, title, at, hours, invitees, status: "FINISHED" });
  add("全会", "MEETING", `政协${t.name.replace("政协", "")}${sessionName}委员会全体会议`, monthsAgo(plenaryAgo, 8, 9), 8, { ...none(), allOfSession: true });
  for (let k = 1, n = 1; k <= 11; k += 2, n++) add("常委会", "MEETING", `${sessionName}常委会第${CN[n]}次会议`, monthsAgo(12 - k, 15 + (k % 5), 9), 3, { ...none(), memberIds: ids(standing) });
  committees.slice(0, county ? 2 : 4).forEach((c, i) => add("专委会会议", "MEETING", `${nameOf.get(c)}季度工作会议`, monthsAgo(10 - i * 3, 20, 14.5), 2, { ...none(), specialCommitteeIds: [c] }));
  add("专题议政会", "MEETING", `专题议政会：${rnd.pick(TOPICS)}`, monthsAgo(7, 24, 9), 3, { ...none(), memberIds: ids(standing), sectorIds: [rnd.pick(sectors)] });
  add("对口协商会议", "MEETING", `对口协商会：${rnd.pick(TOPICS)}`, monthsAgo(5, 12, 14.5), 2.5, { ...none(), specialCommitteeIds: committees.slice(1, 2) });
  add("界别协商会议", "MEETING", `${nameOf.get(sectors[0]!)}界别协商会：${rnd.pick(TOPICS)}`, monthsAgo(4, 18, 14.5), 2.5, { ...none(), sectorIds: sectors.slice(0, 1) });
  add("提案办理协商会议", "MEETING", "重点提案办理协商会", monthsAgo(3, 22, 9), 3, { ...none(), specialCommitteeIds: committees.slice(0, 1), memberIds: ids(standing, 10) });
  const activities: [string, string][] = [["视察", `视察${rnd.pick(SITES)}`], ["调研", `${rnd.pick(TOPICS)}专题调研`], ["学习培训", "委员履职能力提升培训班"], ["委员讲坛", `委员讲坛：${rnd.pick(TOPICS)}`], ["考察", `赴外地考察${rnd.pick(["文旅融合", "数字经济", "乡村振兴"])}工作`], ["视察", `视察${rnd.pick(SITES)}建设情况`], ["调研", `${rnd.pick(TOPICS)}调研`], ["其他活动", "“委员进社区”履职活动"]];
  activities.slice(0, county ? 5 : 8).forEach(([kind, title], i) => {
    const invitees = kind === "学习培训" ? { ...none(), allOfSession: true } : i % 2 ? { ...none(), specialCommitteeIds: [rnd.pick(committees)] } : { ...none(), sectorIds: [rnd.pick(sectors)] };
    add(kind, "ACTIVITY", title, monthsAgo(11 - i * (county ? 2 : 1.3), 10 + i, 9), kind === "学习培训" ? 16 : 5, invitees);
  });
  const cancelled = { kind: "考察", category: "ACTIVITY" as const, title: `${rnd.pick(SITES)}考察`, at: monthsAgo(2, 16, 9), hours: 6, invitees: { ...none(), sectorIds: sectors.slice(1, 2) }, status: "CANCELLED" as const };
  if (cancelled.at < today) plans.push(cancelled);
  return plans;
}

/** Guests and documents of the plenary and standing committee meetings, 大会发言, and photo stories of activities. */
async function seedExtras(tx: Tx, rnd: Random, t: Tenant, meetings: { id: string; title: string; startsAt: Date }[], plans: Plan[], terms: Term[], reviewer: string) {
  const tid = t.id;
  const byKind = (kind: string) => meetings.filter((_, i) => plans[i]!.kind === kind);
  const formal = [...byKind("全会"), ...byKind("常委会")];
  const city = t.level === "CITY" ? "市" : t.name.replace("政协", "");
  await tx.meetingGuest.createMany({ data: formal.flatMap((m) => GUESTS.slice(0, rnd.int(2, 4)).map(([unit, role], i) => ({ tenantId: tid, meetingId: m.id, name: `${rnd.pick(["王", "李", "张", "刘", "陈"])}${rnd.pick(["建国", "志强", "丽华", "晓明", "卫东"])}`, unit: city + unit, role, sortOrder: i }))) });
  await tx.meetingDocument.createMany({
    data: formal.flatMap((m) => [
      { tenantId: tid, meetingId: m.id, title: "会议议程", body: "一、传达学习有关会议精神\n二、审议有关事项\n三、委员发言\n四、主要领导讲话", sortOrder: 10 },
      { tenantId: tid, meetingId: m.id, title: "会议须知", body: "请委员提前 15 分钟到场，扫描会场二维码签到；因故不能出席的，请在委员端请假。", sortOrder: 20 },
    ]),
  });
  const plenary = byKind("全会")[0];
  const speeches: { tenantId: string; meetingId: string; memberId: string; title: string; content: string; status: "DELIVERED" | "REJECTED" | "SUBMITTED"; reviewerName: string | null; deliveredAt: Date | null }[] = [];
  if (plenary) {
    for (const [i, x] of terms.filter((x) => !x.isDemo).slice(0, 8).entries()) {
      const status = i < 5 ? "DELIVERED" : "REJECTED";
      speeches.push({ tenantId: tid, meetingId: plenary.id, memberId: x.memberId, title: `关于${rnd.pick(TOPICS)}的建议`, content: "……（书面发言全文）", status, reviewerName: reviewer, deliveredAt: status === "DELIVERED" ? plenary.startsAt : null });
    }
  }
  const nextStanding = meetings.find((m, i) => plans[i]!.kind === "常委会" && plans[i]!.status === "PUBLISHED");
  if (nextStanding) for (const x of terms.filter((x) => x.isStanding && !x.isDemo).slice(0, 2)) speeches.push({ tenantId: tid, meetingId: nextStanding.id, memberId: x.memberId, title: `关于${rnd.pick(TOPICS)}的发言`, content: "……", status: "SUBMITTED", reviewerName: null, deliveredAt: null });
  const rows = speeches.map((s) => ({ ...s, id: randomUUID() }));
  await tx.meetingSpeech.createMany({ data: rows });
  await tx.performanceEvent.createMany({
    data: rows.filter((s) => s.status === "DELIVERED").map((s) => ({ tenantId: tid, memberId: s.memberId, kind: "SPEECH_DELIVERED", occurredAt: s.deliveredAt!, sourceType: "MeetingSpeech", sourceId: s.id, note: s.title })),
  });

  const shown = meetings.filter((_, i) => plans[i]!.category === "ACTIVITY" && plans[i]!.status === "FINISHED").slice(-3);
  for (const [i, m] of shown.entries()) {
    const story = await tx.photoStory.create({
      data: { tenantId: tid, meetingId: m.id, title: `${m.title}`, body: `${m.title}期间，委员们深入一线、察实情、谋良策，围绕${rnd.pick(TOPICS)}提出了意见建议。`, status: "PUBLISHED", publishedAt: new Date(m.startsAt.getTime() + 2 * DAY) },
    });
    const images = [0, 1].map((j) => demoPng(480, 320, (i * 70 + j * 25 + rnd.int(0, 40)) % 360, rnd.int(1, 999)));
    await tx.photoStoryImage.createMany({ data: images.map((png, j) => ({ tenantId: tid, storyId: story.id, caption: j ? "委员座谈交流" : "活动现场", mime: "image/png", size: png.length, content: new Uint8Array(png), sortOrder: (j + 1) * 10 })) });
  }
}
