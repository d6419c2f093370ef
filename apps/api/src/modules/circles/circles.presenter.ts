/**
 * Records → GraphQL shapes. Counts come from grouped queries over the whole page (never one query per
 * post), and never the image bytes: images are fetched by URL, which checks the viewer again.
 */
import type { Tx } from "../../db/prisma";
import type { Prisma } from "../../generated/prisma/client";
import { isInCircle, type CircleActor, type CircleRow } from "./circles.policy";
import type { CircleAuthor, CircleCommentType, CirclePostType, CircleType } from "./circles.types";

export const circleImageUrl = (id: string) => `/files/circle-images/${id}`;

export const postInclude = { circle: { select: { id: true, name: true, kind: true } } } satisfies Prisma.CirclePostInclude;
export type PostRow = Prisma.CirclePostGetPayload<{ include: typeof postInclude }>;

/** Names of members by profile id, in one query. */
export async function authorsOf(db: Tx, tenantId: string, ids: string[]): Promise<Map<string, CircleAuthor>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.memberProfile.findMany({ where: { tenantId, id: { in: unique } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r]));
}
const unknownAuthor = (id: string): CircleAuthor => ({ id, name: "（已注销委员）" });

const countMap = (rows: { postId: string; _count: { _all: number } }[]) => new Map(rows.map((r) => [r.postId, r._count._all]));

export async function presentPosts(db: Tx, tenantId: string, actor: CircleActor, rows: PostRow[]): Promise<CirclePostType[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const me = actor.memberId;
  const authors = await authorsOf(db, tenantId, rows.map((r) => r.authorId));
  const images = await db.circlePostImage.findMany({ where: { tenantId, postId: { in: ids } }, select: { id: true, postId: true, mime: true, size: true }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] });
  const likes = await db.circleLike.groupBy({ by: ["postId"], where: { tenantId, postId: { in: ids } }, _count: { _all: true } });
  const comments = await db.circleComment.groupBy({ by: ["postId"], where: { tenantId, postId: { in: ids }, deletedAt: null }, _count: { _all: true } });
  const myLikes = me ? await db.circleLike.findMany({ where: { tenantId, memberId: me, postId: { in: ids } }, select: { postId: true } }) : [];
  const myReports = me ? await db.circleReport.findMany({ where: { tenantId, reporterId: me, postId: { in: ids } }, select: { postId: true } }) : [];
  const openReports = actor.moderator ? await db.circleReport.groupBy({ by: ["postId"], where: { tenantId, postId: { in: ids }, status: "OPEN" }, _count: { _all: true } }) : [];
  const likeCounts = countMap(likes);
  const commentCounts = countMap(comments);
  const reportCounts = countMap(openReports);
  const liked = new Set(myLikes.map((l) => l.postId));
  const reported = new Set(myReports.map((l) => l.postId));
  return rows.map((r) => ({
    id: r.id,
    circle: r.circle,
    author: authors.get(r.authorId) ?? unknownAuthor(r.authorId),
    text: r.text,
    images: images.filter((i) => i.postId === r.id).map((i) => ({ id: i.id, url: circleImageUrl(i.id), mime: i.mime, size: i.size })),
    status: r.status,
    pinned: r.pinnedAt !== null,
    likeCount: likeCounts.get(r.id) ?? 0,
    commentCount: commentCounts.get(r.id) ?? 0,
    likedByMe: liked.has(r.id),
    reportedByMe: reported.has(r.id),
    mine: me !== null && r.authorId === me,
    openReportCount: reportCounts.get(r.id) ?? 0,
    moderatedAt: actor.moderator ? r.moderatedAt : null,
    moderationReason: actor.moderator ? r.moderationReason : null,
    createdAt: r.createdAt,
  }));
}

export async function presentPost(db: Tx, tenantId: string, actor: CircleActor, row: PostRow): Promise<CirclePostType> {
  return (await presentPosts(db, tenantId, actor, [row]))[0]!;
}

type CircleRecord = CircleRow & { description: string | null; createdAt: Date };

/** Member and post counts for a page of circles: a handful of grouped queries, whatever the page size. */
export async function presentCircles(db: Tx, tenantId: string, actor: CircleActor, rows: CircleRecord[]): Promise<CircleType[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const dictIds = rows.flatMap((r) => (r.dictItemId ? [r.dictItemId] : []));
  const current = { session: { isCurrent: true } };
  const open = await db.circleMember.groupBy({ by: ["circleId"], where: { tenantId, circleId: { in: ids } }, _count: { _all: true } });
  const sectors = await db.memberTerm.groupBy({ by: ["sectorId"], where: { tenantId, ...current, sectorId: { in: dictIds } }, _count: { _all: true } });
  const committees = await db.memberTerm.groupBy({ by: ["specialCommitteeId"], where: { tenantId, ...current, specialCommitteeId: { in: dictIds } }, _count: { _all: true } });
  const posts = await db.circlePost.groupBy({ by: ["circleId"], where: { tenantId, circleId: { in: ids }, status: "VISIBLE" }, _count: { _all: true } });
  const reported = actor.moderator ? await db.circlePost.groupBy({ by: ["circleId"], where: { tenantId, circleId: { in: ids }, reports: { some: { status: "OPEN" } } }, _count: { _all: true } }) : [];
  const bans = actor.memberId ? await db.circleBan.findMany({ where: { tenantId, memberId: actor.memberId, circleId: { in: ids }, liftedAt: null, until: { gt: new Date() } }, select: { circleId: true, until: true } }) : [];
  const byCircle = (xs: { circleId: string; _count: { _all: number } }[]) => new Map(xs.map((x) => [x.circleId, x._count._all]));
  const openCounts = byCircle(open);
  const postCounts = byCircle(posts);
  const reportedCounts = byCircle(reported);
  const sectorCounts = new Map(sectors.map((s) => [s.sectorId, s._count._all]));
  const committeeCounts = new Map(committees.map((s) => [s.specialCommitteeId, s._count._all]));
  const banUntil = new Map<string, Date>();
  for (const b of bans) if (!banUntil.has(b.circleId) || banUntil.get(b.circleId)! < b.until) banUntil.set(b.circleId, b.until);
  return rows.map((c) => {
    const joined = isInCircle(actor, c);
    const memberCount =
      c.kind === "OPEN" ? (openCounts.get(c.id) ?? 0) : c.kind === "SECTOR" ? (sectorCounts.get(c.dictItemId ?? "") ?? 0) : (committeeCounts.get(c.dictItemId ?? "") ?? 0);
    const bannedUntil = banUntil.get(c.id) ?? null;
    return {
      id: c.id,
      kind: c.kind,
      name: c.name,
      description: c.description,
      archived: c.archived,
      memberCount,
      postCount: postCounts.get(c.id) ?? 0,
      reportedPostCount: reportedCounts.get(c.id) ?? 0,
      joined,
      canPost: joined && !c.archived && !bannedUntil,
      bannedUntil,
      createdAt: c.createdAt,
    };
  });
}

export const circleSelect = { id: true, kind: true, name: true, description: true, dictItemId: true, archived: true, createdAt: true } as const;

export async function presentComments(
  db: Tx,
  tenantId: string,
  actor: CircleActor,
  rows: { id: string; postId: string; authorId: string; text: string; deletedAt: Date | null; createdAt: Date }[],
): Promise<CircleCommentType[]> {
  const authors = await authorsOf(db, tenantId, rows.map((r) => r.authorId));
  return rows.map((r) => ({
    id: r.id,
    postId: r.postId,
    author: authors.get(r.authorId) ?? unknownAuthor(r.authorId),
    text: r.text,
    mine: actor.memberId !== null && r.authorId === actor.memberId,
    deleted: r.deletedAt !== null,
    createdAt: r.createdAt,
  }));
}

