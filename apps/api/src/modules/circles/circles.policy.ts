/**
 * Who may do what in which circle: the only place that decides.
 * - Members of a 专委会/界别 circle are the members whose term in the current session names that
 *   committee or sector (computed on every request, so a new appointment needs no bookkeeping).
 * - OPEN circles: anyone with circle:use may read; joining (circle_member) is needed to post or comment.
 * - Moderators (circle:moderate) read everything, hidden and deleted posts included.
 * - A banned member may read and like, not post or comment, until the ban ends or is lifted.
 */
import type { Viewer } from "../../context/viewer";
import { Forbidden, NotFound } from "../../core/errors";
import type { Tx } from "../../db/prisma";

export interface CircleRow {
  id: string;
  kind: "SPECIAL_COMMITTEE" | "SECTOR" | "OPEN";
  name: string;
  dictItemId: string | null;
  archived: boolean;
}

/** The viewer as the circles module sees them. memberId is null for staff without a member profile. */
export interface CircleActor {
  userId: string;
  memberId: string | null;
  moderator: boolean;
  sectorId: string | null;
  specialCommitteeId: string | null;
  joined: Set<string>;
}

export const isModerator = (viewer: Viewer) => viewer.permissions.has("circle:moderate");

export async function loadActor(db: Tx, tenantId: string, viewer: Viewer): Promise<CircleActor> {
  const moderator = isModerator(viewer);
  const profile = await db.memberProfile.findUnique({ where: { tenantId_userId: { tenantId, userId: viewer.userId } }, select: { id: true } });
  if (!profile) {
    if (!moderator) throw NotFound("尚未建立您的委员档案，请联系委员工作部门");
    return { userId: viewer.userId, memberId: null, moderator, sectorId: null, specialCommitteeId: null, joined: new Set() };
  }
  const term = await db.memberTerm.findFirst({
    where: { tenantId, memberId: profile.id, session: { isCurrent: true } },
    select: { sectorId: true, specialCommitteeId: true },
  });
  const joined = await db.circleMember.findMany({ where: { tenantId, memberId: profile.id }, select: { circleId: true } });
  return {
    userId: viewer.userId,
    memberId: profile.id,
    moderator,
    sectorId: term?.sectorId ?? null,
    specialCommitteeId: term?.specialCommitteeId ?? null,
    joined: new Set(joined.map((j) => j.circleId)),
  };
}

export function isInCircle(a: CircleActor, c: CircleRow): boolean {
  if (!a.memberId) return false;
  if (c.kind === "OPEN") return a.joined.has(c.id);
  if (!c.dictItemId) return false;
  return c.kind === "SECTOR" ? c.dictItemId === a.sectorId : c.dictItemId === a.specialCommitteeId;
}

/** Open circles are readable by every member; committee and sector circles by their members only. */
export function mayRead(a: CircleActor, c: CircleRow): boolean {
  if (a.moderator) return true;
  if (c.kind === "OPEN") return !c.archived || isInCircle(a, c);
  return isInCircle(a, c);
}

export async function loadCircle(db: Tx, tenantId: string, id: string): Promise<CircleRow> {
  const c = await db.circle.findUnique({ where: { tenantId_id: { tenantId, id } }, select: { id: true, kind: true, name: true, dictItemId: true, archived: true } });
  if (!c) throw NotFound("圈子不存在");
  return c;
}

export async function loadReadableCircle(db: Tx, tenantId: string, a: CircleActor, id: string): Promise<CircleRow> {
  const c = await loadCircle(db, tenantId, id);
  if (!mayRead(a, c)) throw NotFound("圈子不存在或您不是该圈子成员");
  return c;
}

export async function activeBan(db: Tx, tenantId: string, circleId: string, memberId: string) {
  return db.circleBan.findFirst({
    where: { tenantId, circleId, memberId, liftedAt: null, until: { gt: new Date() } },
    orderBy: { until: "desc" },
    select: { id: true, until: true, reason: true },
  });
}

/** Beijing time, to the minute: what a member reads in a message. */
export const beijing = (d: Date) =>
  new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false })
    .format(d)
    .replace(/\//g, "-");

/** Posting and commenting: a member of the circle, the circle not archived, no ban running. Returns the member id. */
export async function assertMayWrite(db: Tx, tenantId: string, a: CircleActor, c: CircleRow): Promise<string> {
  if (!a.memberId) throw Forbidden("只有委员可以在圈子中发帖和评论");
  if (c.archived) throw Forbidden("该圈子已归档，不能再发帖或评论");
  if (!isInCircle(a, c)) throw Forbidden(c.kind === "OPEN" ? "请先加入该圈子" : "您不是该圈子成员");
  const ban = await activeBan(db, tenantId, c.id, a.memberId);
  if (ban) throw Forbidden(`您在该圈子已被禁言至 ${beijing(ban.until)}（理由：${ban.reason}），暂不能发帖或评论`);
  return a.memberId;
}

/** A post a member may see: visible, in a circle they may read. Moderators see every post. */
export async function loadReadablePost(db: Tx, tenantId: string, a: CircleActor, id: string) {
  const p = await db.circlePost.findUnique({ where: { tenantId_id: { tenantId, id } }, include: { circle: { select: { id: true, kind: true, name: true, dictItemId: true, archived: true } } } });
  if (!p || (!a.moderator && (p.status !== "VISIBLE" || !mayRead(a, p.circle)))) throw NotFound("帖子不存在或已被隐藏");
  return p;
}

/**
 * 专委会 and 界别 circles mirror the dictionary: one per enabled entry, created the first time anyone
 * looks (one set-based INSERT, idempotent under concurrency), renamed when the entry is. The
 * dictionary module knows nothing of circles; this keeps it so.
 */
export async function syncDictionaryCircles(db: Tx, tenantId: string): Promise<number> {
  const created = await db.$executeRaw`
    INSERT INTO circle (tenant_id, id, kind, name, dict_item_id, updated_at)
    SELECT d.tenant_id, gen_random_uuid(),
           (CASE d.kind WHEN 'SECTOR' THEN 'SECTOR' ELSE 'SPECIAL_COMMITTEE' END)::"CircleKind", d.name, d.id, now()
      FROM dict_item d
     WHERE d.tenant_id = ${tenantId}::uuid AND d.kind IN ('SECTOR', 'SPECIAL_COMMITTEE') AND NOT d.disabled
     ORDER BY d.kind, d.sort_order
    ON CONFLICT (tenant_id, dict_item_id) DO NOTHING`;
  await db.$executeRaw`
    UPDATE circle c SET name = d.name, updated_at = now()
      FROM dict_item d
     WHERE c.tenant_id = ${tenantId}::uuid AND d.tenant_id = c.tenant_id AND d.id = c.dict_item_id AND c.name <> d.name`;
  return created;
}
