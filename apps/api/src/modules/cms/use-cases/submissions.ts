import { z } from "zod";
import type { Context } from "../../../context/context";
import { AppError, NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import { assertRight, rightsOn } from "../cms.policy";
import { extractKeywords, summarize } from "../text/chinese";
import { htmlToText, sanitizeBody } from "../text/sanitize";
import { enqueueIncremental, indexArticle } from "./article-content";
import { loadArticle, loadChannel } from "./load";

const note = z.string().trim().max(200, "说明最多 200 个字符").default("");

/**
 * 呈送: a county sends one of its published articles to its parent city. The county cannot write in the
 * city's tenant: the database function cms_submit_to_parent() checks that the target is the caller's
 * parent and writes the row (and an audit row) there; this side audits the sending.
 */
export async function submitToParent(ctx: Context, articleId: string, noteText: string | null) {
  const text = parseInput(note, noteText ?? "");
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  return ctx.uow(async ({ db, audit }) => {
    const a = await loadArticle(db, tenantId, articleId);
    assertRight(await rightsOn(db, viewer, tenantId, a.channelId), "publish");
    if (a.state !== "PUBLISHED") throw new AppError("INVALID_TRANSITION", "只能呈送已发布的文章");
    const me = await db.tenant.findUniqueOrThrow({ where: { id: tenantId } });
    if (me.level !== "COUNTY" || !me.parentId) throw new AppError("FORBIDDEN", "只有县区政协可以向市政协呈送");
    const [row] = await db.$queryRaw<{ id: string }[]>`SELECT cms_submit_to_parent(${me.parentId}::uuid, ${a.id}::uuid, ${text}, ${viewer.displayName}) AS id`;
    audit({ action: "cms.submission.send", targetType: "CmsArticle", targetId: a.id, detail: { to: me.parentId, submissionId: row!.id } });
    return (await outgoing(db)).find((s) => s.id === row!.id)!;
  });
}

const outgoing = (db: Parameters<Parameters<Context["uow"]>[0]>[0]["db"]) =>
  db.$queryRaw<{ id: string; targetTenantId: string; sourceArticleId: string; title: string; state: string; reason: string; acceptedArticleId: string | null; decidedAt: Date | null; createdAt: Date }[]>`
    SELECT id, target_tenant_id AS "targetTenantId", source_article_id AS "sourceArticleId", title, state::text AS state, reason,
           accepted_article_id AS "acceptedArticleId", decided_at AS "decidedAt", created_at AS "createdAt"
      FROM cms_outgoing_submissions()`;

export async function listOutgoing(ctx: Context) {
  return ctx.uow(({ db }) => outgoing(db));
}

export async function listIncoming(ctx: Context, state: string | null) {
  const tenantId = ctx.tenantId;
  return ctx.uow(({ db }) =>
    db.cmsSubmission.findMany({ where: { tenantId, ...(state ? { state: state as "PENDING" } : {}) }, orderBy: { createdAt: "desc" }, take: 500 }),
  );
}

/** 采用: the city creates its own article from the submission in `channelId` and publishes it at once. */
export async function acceptSubmission(ctx: Context, id: string, channelId: string) {
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  return ctx.uow(async ({ db, audit }) => {
    const s = await db.cmsSubmission.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "呈送") } } });
    if (!s) throw NotFound("呈送记录不存在");
    if (s.state !== "PENDING") throw new AppError("INVALID_TRANSITION", "该呈送已处理");
    const channel = await loadChannel(db, tenantId, channelId);
    assertRight(await rightsOn(db, viewer, tenantId, channel.id), "publish", "目标栏目");
    if (channel.kind === "VIRTUAL") throw ValidationFailed("虚拟栏目不能直接添加文章");
    const body = sanitizeBody(s.body);
    const bodyText = htmlToText(body);
    const content = { title: s.title, subtitle: "", author: s.author, source: s.source || s.sourceTenantName, summary: s.summary || summarize(bodyText), keywords: extractKeywords(`${s.title}。${bodyText}`), body, bodyText };
    const now = new Date();
    const a = await db.cmsArticle.create({
      data: { ...content, tenantId, channelId: channel.id, state: "PUBLISHED", publishedAt: now, originTenantName: s.sourceTenantName, originArticleId: s.sourceArticleId, createdBy: viewer.userId, updatedBy: viewer.userId },
    });
    await indexArticle(db, tenantId, a.id, content);
    await db.cmsArticleVersion.create({ data: { tenantId, articleId: a.id, version: 1, title: a.title, author: a.author, source: a.source, summary: a.summary, keywords: a.keywords, body, note: `采用${s.sourceTenantName}呈送`, createdBy: viewer.userId, createdByName: viewer.displayName } });
    await db.cmsArticleEvent.create({ data: { tenantId, articleId: a.id, action: "acceptSubmission", fromState: "DRAFT", toState: "PUBLISHED", comment: `采用${s.sourceTenantName}呈送`, actorId: viewer.userId, actorName: viewer.displayName } });
    const r = await db.cmsSubmission.updateMany({ where: { tenantId, id: s.id, state: "PENDING" }, data: { state: "ACCEPTED", acceptedArticleId: a.id, decidedBy: viewer.userId, decidedAt: now } });
    if (!r.count) throw new AppError("CONFLICT");
    await enqueueIncremental(db, tenantId, viewer.userId);
    audit({ action: "cms.submission.accept", targetType: "CmsSubmission", targetId: s.id, detail: { articleId: a.id, channelId: channel.id, from: s.sourceTenantName } });
    return db.cmsSubmission.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: s.id } } });
  });
}

export async function rejectSubmission(ctx: Context, id: string, reason: string) {
  const why = parseInput(z.string().trim().min(1, "请填写不采用的理由").max(200, "理由最多 200 个字符"), reason);
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  return ctx.uow(async ({ db, audit }) => {
    const s = await db.cmsSubmission.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "呈送") } } });
    if (!s) throw NotFound("呈送记录不存在");
    const r = await db.cmsSubmission.updateMany({ where: { tenantId, id: s.id, state: "PENDING" }, data: { state: "REJECTED", reason: why, decidedBy: viewer.userId, decidedAt: new Date() } });
    if (!r.count) throw new AppError("INVALID_TRANSITION", "该呈送已处理");
    audit({ action: "cms.submission.reject", targetType: "CmsSubmission", targetId: s.id, detail: { reason: why } });
    return db.cmsSubmission.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: s.id } } });
  });
}
