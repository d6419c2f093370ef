/**
 * Test-only builders for the circles tables (owner connection, no actor). Not imported by application code.
 */
import { randomUUID } from "node:crypto";
import { owner } from "../../../test/support/db";
import { createDicts, createMember, createSession, type Dicts } from "../members/members.fixtures";

export { TINY_PNG } from "../meetings/meetings.fixtures";

const uniq = () => randomUUID().slice(0, 8);

export async function createOpenCircle(tenantId: string, name = `开放圈子${uniq()}`) {
  return owner.circle.create({ data: { tenantId, kind: "OPEN", name } });
}

/** A member without a login, for rows that need an author. */
export async function plainMember(tenantId: string, dicts?: Dicts) {
  return createMember(tenantId, dicts ?? (await createDicts(tenantId, uniq())), { name: "圈子委员" });
}

export async function createPostRow(tenantId: string, opts: { circleId?: string; authorId?: string; text?: string } = {}) {
  const circleId = opts.circleId ?? (await createOpenCircle(tenantId)).id;
  const authorId = opts.authorId ?? (await plainMember(tenantId));
  return owner.circlePost.create({ data: { tenantId, circleId, authorId, text: opts.text ?? "圈子帖子" } });
}

/**
 * A committee of its own for one test: dictionaries, a current session, a moderator (委员工作) and
 * `member()` to add members with a login and a term (indexes into the dictionaries).
 */
export async function circleCommittee() {
  const { createTenant, createUser } = await import("../../../test/support/factories");
  const t = await createTenant();
  const dicts = await createDicts(t.id);
  const session = await createSession(t.id, { isCurrent: true });
  const moderator = (await createUser(t.id, ["STAFF", "MEMBER_AFFAIRS"])).viewer;
  const member = async (name: string, term: { sector?: number; committee?: number | null } | null = {}, sessionId = session.id) => {
    const { user, viewer } = await createUser(t.id, ["MEMBER"]);
    const id = await createMember(t.id, dicts, { name, userId: user.id, terms: term === null ? [] : [{ sessionId, ...term }] });
    return { id, viewer, user };
  };
  return { t, tenantId: t.id, dicts, session, moderator, member };
}

/** GraphQL documents the tests share. */
export const C = {
  myCircles: `query { myCircles { total items { id kind name joined canPost memberCount postCount bannedUntil } } }`,
  circles: `query($f: CircleFilter) { circles(filter: $f) { total items { id kind name memberCount postCount reportedPostCount archived } } }`,
  join: `mutation($id: ID!, $j: Boolean!) { setCircleJoined(id: $id, joined: $j) { id joined canPost memberCount } }`,
  upload: `mutation($b: String!) { uploadCircleImage(fileBase64: $b) { id url mime size } }`,
  post: `mutation($i: CirclePostInput!) { createCirclePost(input: $i) { id text status pinned likeCount commentCount mine images { id url } author { id name } } }`,
  feed: `query($c: ID!, $n: Int, $a: String) { circleFeed(circleId: $c, first: $n, after: $a) { nextCursor pinned { id text } items { id text likeCount commentCount likedByMe reportedByMe mine images { url } } } }`,
  postOne: `query($id: ID!) { circlePost(id: $id) { id status text likeCount commentCount openReportCount moderationReason } }`,
  like: `mutation($p: ID!, $l: Boolean!) { likeCirclePost(postId: $p, liked: $l) { id likeCount likedByMe } }`,
  comment: `mutation($p: ID!, $t: String!) { commentCirclePost(postId: $p, text: $t) { id text mine author { name } } }`,
  comments: `query($p: ID!) { circleComments(postId: $p) { total items { id text deleted author { name } } } }`,
  deleteComment: `mutation($id: ID!, $r: String) { deleteCircleComment(id: $id, reason: $r) }`,
  report: `mutation($p: ID!, $i: CircleReportInput!) { reportCirclePost(postId: $p, input: $i) { id reportedByMe } }`,
  moderate: `mutation($p: ID!, $a: CirclePostAction!, $r: String!) { moderateCirclePost(postId: $p, action: $a, reason: $r) { id status pinned openReportCount moderationReason } }`,
  queue: `query($f: CirclePostFilter) { circleModerationPosts(filter: $f) { total items { id text status openReportCount author { name } } } }`,
  ban: `mutation($c: ID!, $m: ID!, $d: Int!, $r: String!) { banCircleMember(circleId: $c, memberId: $m, days: $d, reason: $r) { id active days until member { name } } }`,
  lift: `mutation($id: ID!, $r: String!) { liftCircleBan(id: $id, reason: $r) { id active liftReason } }`,
  log: `query($p: ID) { circleModerationLog(postId: $p) { total items { action reason actorName member { name } } } }`,
};
