import { NOTICE_REMIND_INTERVAL_MINUTES, beijingToday, noticeInput, withdrawNoticeInput, type NoticeInput } from "@zhzx/shared";
import type { Context } from "../../context/context";
import { Conflict, InvalidTransition, NotFound, ValidationFailed } from "../../core/errors";
import { parseId } from "../../core/ids";
import { likeLiteral } from "../../core/like";
import { toSkipTake } from "../../core/pagination";
import { parseInput } from "../../core/validate";
import type { Tx } from "../../db/prisma";
import type { MyNoticeArgs, MyNoticePage, NoticeInputType, NoticeListArgs, NoticePage, NoticeReceiptArgs, NoticeReceiptPage, NoticeType } from "./notices.types";

type Row = Awaited<ReturnType<Tx["notice"]["findUniqueOrThrow"]>>;
/** A DATE column comes back as UTC midnight of that day. */
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const present = (n: Row, readCount: number): NoticeType => ({ ...n, deadline: day(n.deadline), readCount });
const presentMine = (n: Row, readAt: Date | null) => {
  const deadline = day(n.deadline);
  return { id: n.id, kind: n.kind, deadline, open: n.kind !== "GENERAL" && !!deadline && deadline >= beijingToday(), title: n.title, body: n.body, publishedAt: n.publishedAt!, publishedBy: n.publishedBy, readAt };
};
const link = (id: string) => `/portal/notices/${id}`;
const KIND_PREFIX = { GENERAL: "通知公告", PROPOSAL_CALL: "提案征集", OPINION_CALL: "社情民意征集" } as const;

/** Read counts of many notices in one query (no N+1). */
async function readCounts(db: Tx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, number>();
  const rows = await db.noticeReceipt.groupBy({ by: ["noticeId"], where: { tenantId, noticeId: { in: ids }, readAt: { not: null } }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.noticeId, r._count._all]));
}

async function load(db: Tx, tenantId: string, id: string) {
  const n = await db.notice.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "通知") } } });
  if (!n) throw NotFound("通知公告不存在");
  return n;
}

/** Dictionary items named in the audience must be this committee's (RLS hides others; a count proves it). */
async function assertGroups(db: Tx, tenantId: string, d: NoticeInput) {
  const ids = [...d.sectorIds, ...d.partyIds, ...d.specialCommitteeIds];
  if (ids.length === 0) return;
  const found = await db.dictItem.count({ where: { tenantId, id: { in: ids } } });
  if (found !== ids.length) throw ValidationFailed("所选界别、党派或专委会不存在");
}

const audienceData = (d: NoticeInput) => ({
  kind: d.kind,
  deadline: d.deadline ? new Date(`${d.deadline}T00:00:00Z`) : null,
  title: d.title,
  body: d.body,
  audience: d.audience,
  sectorIds: d.audience === "SELECTED" ? d.sectorIds : [],
  partyIds: d.audience === "SELECTED" ? d.partyIds : [],
  specialCommitteeIds: d.audience === "SELECTED" ? d.specialCommitteeIds : [],
  sms: d.sms,
});

export async function listNotices(ctx: Context, args: NoticeListArgs): Promise<NoticePage> {
  const { skip, take } = toSkipTake(args);
  const keyword = args.keyword?.trim().slice(0, 50);
  const where = { tenantId: ctx.tenantId, ...(args.status ? { status: args.status } : {}), ...(args.kind ? { kind: args.kind } : {}), ...(keyword ? { title: { contains: likeLiteral(keyword) } } : {}) };
  return ctx.uow(async ({ db }) => {
    const rows = await db.notice.findMany({ where, orderBy: { createdAt: "desc" }, skip, take });
    const total = await db.notice.count({ where });
    const counts = await readCounts(db, ctx.tenantId, rows.map((r) => r.id));
    return { items: rows.map((r) => present(r, counts.get(r.id) ?? 0)), total };
  });
}

export async function getNotice(ctx: Context, id: string): Promise<NoticeType> {
  return ctx.uow(async ({ db }) => {
    const n = await load(db, ctx.tenantId, id);
    return present(n, (await readCounts(db, ctx.tenantId, [n.id])).get(n.id) ?? 0);
  });
}

export async function createNotice(ctx: Context, input: NoticeInputType): Promise<NoticeType> {
  const d = parseInput(noticeInput, input);
  return ctx.uow(async ({ db, audit }) => {
    await assertGroups(db, ctx.tenantId, d);
    const n = await db.notice.create({ data: { tenantId: ctx.tenantId, ...audienceData(d), createdBy: ctx.viewer!.displayName } });
    audit({ action: "notice.create", targetType: "Notice", targetId: n.id, detail: { title: n.title, kind: n.kind, audience: n.audience } });
    return present(n, 0);
  });
}

export async function updateNotice(ctx: Context, id: string, version: number, input: NoticeInputType): Promise<NoticeType> {
  const d = parseInput(noticeInput, input);
  return ctx.uow(async ({ db, audit }) => {
    const n = await load(db, ctx.tenantId, id);
    if (n.status !== "DRAFT") throw InvalidTransition("通知已发布，不能再修改；如有错误请撤回后重新发布");
    await assertGroups(db, ctx.tenantId, d);
    const { count } = await db.notice.updateMany({ where: { tenantId: ctx.tenantId, id: n.id, version, status: "DRAFT" }, data: { ...audienceData(d), version: { increment: 1 } } });
    if (count === 0) throw Conflict();
    audit({ action: "notice.update", targetType: "Notice", targetId: n.id, detail: { title: d.title } });
    return present(await load(db, ctx.tenantId, n.id), 0);
  });
}

export async function deleteNotice(ctx: Context, id: string): Promise<boolean> {
  return ctx.uow(async ({ db, audit }) => {
    const n = await load(db, ctx.tenantId, id);
    if (n.status !== "DRAFT") throw InvalidTransition("只能删除草稿；已发布的通知请撤回");
    await db.notice.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id: n.id } } });
    audit({ action: "notice.delete", targetType: "Notice", targetId: n.id, detail: { title: n.title } });
    return true;
  });
}

/**
 * 发布: the recipients are fixed now — one receipt and one in-app notification each, two set-based
 * INSERTs in this transaction whatever the audience size (a notice to 400 members is 800 rows, not 800
 * round trips). SELECTED means members whose term in the current session is in any chosen group.
 */
export async function publishNotice(ctx: Context, id: string, version: number): Promise<NoticeType> {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const n = await load(db, tenantId, id);
    if (n.status !== "DRAFT") throw InvalidTransition(n.status === "PUBLISHED" ? "该通知已发布" : "已撤回的通知不能再发布");
    if (n.version !== version) throw Conflict();
    const deadline = day(n.deadline);
    if (n.kind !== "GENERAL" && deadline && deadline < beijingToday()) throw ValidationFailed("征集截止日期已过，请修改截止日期后再发布");
    const recipients = await db.$executeRaw`
      INSERT INTO notice_receipt (tenant_id, notice_id, user_id)
      SELECT m.tenant_id, ${n.id}::uuid, m.user_id
        FROM tenant_membership m
       WHERE m.tenant_id = ${tenantId}::uuid
         AND (${n.audience}::text = 'ALL_USERS'
              OR (${n.audience}::text = 'MEMBERS_AND_COLLECTIVES' AND m.roles::text[] && ARRAY['MEMBER', 'COLLECTIVE'])
              OR ('MEMBER' = ANY(m.roles::text[]) AND (${n.audience}::text = 'ALL_MEMBERS' OR EXISTS (
                   SELECT 1 FROM member_profile p
                     JOIN member_term t ON t.tenant_id = p.tenant_id AND t.member_id = p.id
                     JOIN committee_session s ON s.tenant_id = t.tenant_id AND s.id = t.session_id AND s.is_current
                    WHERE p.tenant_id = m.tenant_id AND p.user_id = m.user_id
                      AND (t.sector_id = ANY(${n.sectorIds}::uuid[]) OR t.party_id = ANY(${n.partyIds}::uuid[])
                           OR t.special_committee_id = ANY(${n.specialCommitteeIds}::uuid[]))))))`;
    if (recipients === 0) throw ValidationFailed("发送范围内没有接收人，请调整发送范围");
    await db.$executeRaw`
      INSERT INTO notification (tenant_id, id, user_id, kind, title, body, link, source_type, source_id, sms)
      SELECT tenant_id, gen_random_uuid(), user_id, 'notice.published', ${`${KIND_PREFIX[n.kind]}：${n.title}`}, ${n.body.slice(0, 120)}, ${link(n.id)}, 'Notice', ${n.id}, ${n.sms}
        FROM notice_receipt WHERE tenant_id = ${tenantId}::uuid AND notice_id = ${n.id}::uuid`;
    const { count } = await db.notice.updateMany({
      where: { tenantId, id: n.id, version, status: "DRAFT" },
      data: { status: "PUBLISHED", publishedAt: new Date(), publishedBy: ctx.viewer!.displayName, recipientCount: recipients, version: { increment: 1 } },
    });
    if (count === 0) throw Conflict();
    audit({ action: "notice.publish", targetType: "Notice", targetId: n.id, detail: { title: n.title, recipients, audience: n.audience } });
    return present(await load(db, tenantId, n.id), 0);
  });
}

export async function withdrawNotice(ctx: Context, id: string, version: number, reason: string): Promise<NoticeType> {
  const d = parseInput(withdrawNoticeInput, { reason });
  return ctx.uow(async ({ db, audit }) => {
    const n = await load(db, ctx.tenantId, id);
    if (n.status !== "PUBLISHED") throw InvalidTransition("只有已发布的通知可以撤回");
    const { count } = await db.notice.updateMany({
      where: { tenantId: ctx.tenantId, id: n.id, version, status: "PUBLISHED" },
      data: { status: "WITHDRAWN", withdrawnAt: new Date(), withdrawReason: d.reason, version: { increment: 1 } },
    });
    if (count === 0) throw Conflict();
    audit({ action: "notice.withdraw", targetType: "Notice", targetId: n.id, detail: { title: n.title, reason: d.reason } });
    const reads = (await readCounts(db, ctx.tenantId, [n.id])).get(n.id) ?? 0;
    return present(await load(db, ctx.tenantId, n.id), reads);
  });
}

/** 提醒未读: a new notification to those who have not opened it, at most once an hour per notice. */
export async function remindUnread(ctx: Context, id: string): Promise<number> {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const n = await load(db, tenantId, id);
    if (n.status !== "PUBLISHED") throw InvalidTransition("只有已发布的通知可以提醒");
    const since = new Date(Date.now() - NOTICE_REMIND_INTERVAL_MINUTES * 60_000);
    // The conditional UPDATE is the guard: two clicks at once remind once.
    const { count } = await db.notice.updateMany({ where: { tenantId, id: n.id, OR: [{ lastRemindedAt: null }, { lastRemindedAt: { lt: since } }] }, data: { lastRemindedAt: new Date() } });
    if (count === 0) throw ValidationFailed(`每 ${NOTICE_REMIND_INTERVAL_MINUTES} 分钟最多提醒一次，请稍后再试`);
    const sent = await db.$executeRaw`
      INSERT INTO notification (tenant_id, id, user_id, kind, title, body, link, source_type, source_id, sms)
      SELECT tenant_id, gen_random_uuid(), user_id, 'notice.remind', ${`请阅读通知：${n.title}`}, NULL, ${link(n.id)}, 'Notice', ${n.id}, ${n.sms}
        FROM notice_receipt WHERE tenant_id = ${tenantId}::uuid AND notice_id = ${n.id}::uuid AND read_at IS NULL`;
    audit({ action: "notice.remind", targetType: "Notice", targetId: n.id, detail: { sent } });
    return sent;
  });
}

export async function listReceipts(ctx: Context, args: NoticeReceiptArgs): Promise<NoticeReceiptPage> {
  const { skip, take } = toSkipTake(args);
  return ctx.uow(async ({ db }) => {
    const n = await load(db, ctx.tenantId, args.noticeId);
    const where = { tenantId: ctx.tenantId, noticeId: n.id, ...(args.read === true ? { readAt: { not: null } } : args.read === false ? { readAt: null } : {}) };
    const rows = await db.noticeReceipt.findMany({ where, orderBy: [{ readAt: { sort: "desc", nulls: "last" } }, { userId: "asc" }], skip, take });
    const total = await db.noticeReceipt.count({ where });
    const users = await db.user.findMany({ where: { id: { in: rows.map((r) => r.userId) } }, select: { id: true, displayName: true, username: true } });
    const byId = new Map(users.map((u) => [u.id, u]));
    return { items: rows.map((r) => ({ userId: r.userId, name: byId.get(r.userId)?.displayName ?? "", username: byId.get(r.userId)?.username ?? "", readAt: r.readAt })), total };
  });
}

/** 我的通知: only notices the viewer received (a receipt row), withdrawn ones left out. */
export async function listMyNotices(ctx: Context, args: MyNoticeArgs): Promise<MyNoticePage> {
  const { skip, take } = toSkipTake(args);
  const notice = {
    status: "PUBLISHED" as const,
    ...(args.kind ? { kind: args.kind } : {}),
    ...(args.openCallsOnly ? { kind: args.kind ?? { not: "GENERAL" as const }, deadline: { gte: new Date(`${beijingToday()}T00:00:00Z`) } } : {}),
  };
  const mine = { tenantId: ctx.tenantId, userId: ctx.viewer!.userId, notice };
  const where = args.unreadOnly ? { ...mine, readAt: null } : mine;
  return ctx.uow(async ({ db }) => {
    const rows = await db.noticeReceipt.findMany({ where, include: { notice: true }, orderBy: [{ notice: { publishedAt: "desc" } }], skip, take });
    const total = await db.noticeReceipt.count({ where });
    const unread = await db.noticeReceipt.count({ where: { ...mine, readAt: null } });
    return {
      items: rows.map((r) => presentMine(r.notice, r.readAt)),
      total,
      unread,
    };
  });
}

/** Opening a notice: the receipt is stamped once (the first reading counts), and its notifications are read too. */
export async function readMyNotice(ctx: Context, id: string) {
  const tenantId = ctx.tenantId;
  const userId = ctx.viewer!.userId;
  return ctx.uow(async ({ db }) => {
    const noticeId = parseId(id, "通知");
    const r = await db.noticeReceipt.findUnique({ where: { tenantId_noticeId_userId: { tenantId, noticeId, userId } }, include: { notice: true } });
    if (!r || r.notice.status !== "PUBLISHED") throw NotFound("通知公告不存在或已撤回");
    let readAt = r.readAt;
    if (!readAt) {
      readAt = new Date();
      await db.noticeReceipt.updateMany({ where: { tenantId, noticeId, userId, readAt: null }, data: { readAt } });
      await db.notification.updateMany({ where: { tenantId, userId, sourceType: "Notice", sourceId: noticeId, readAt: null }, data: { readAt } });
    }
    return presentMine(r.notice, readAt);
  });
}
