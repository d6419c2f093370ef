import { CMS_SCHEDULING_ACTIONS, cmsArticleMachine, cmsTransitionInput, findTransition, type CmsActor, type CmsArticleAction, type CmsArticleState } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import type { Tx } from "../../../db/prisma";
import type { AuditEntry } from "../../../core/audit";
import { Forbidden, InvalidTransition, ValidationFailed } from "../../../core/errors";
import { parseInput } from "../../../core/validate";
import { rightsOn } from "../cms.policy";
import type { CmsTransitionInput } from "../articles.types";
import { assertNoBlockedWords, enqueueIncremental, writeLocked } from "./article-content";
import { loadArticle } from "./load";
import { getArticle } from "./get-article";

/**
 * Fires one workflow transition, checked against the shared machine with the actor's rights on the
 * article's channel; records the event; marks the article's pages for the next incremental publish when
 * it goes live or leaves it (and queues that publish).
 */
export async function applyTransition(
  db: Tx,
  audit: (e: AuditEntry) => void,
  tenantId: string,
  a: { id: string; state: string; channelId: string; title: string; bodyText: string; publishedAt: Date | null; scheduledPublishAt: Date | null },
  expectedVersion: number,
  action: CmsArticleAction,
  actor: { rights: readonly CmsActor[]; userId: string | null; name: string | null },
  opts: { comment: string; publishAt?: Date | null; now?: Date },
) {
  const from = a.state as CmsArticleState;
  const t = findTransition(cmsArticleMachine, from, action);
  if (!t) throw InvalidTransition(`“${from}”状态的文章不能执行此操作`);
  if (!t.roles.some((r) => actor.rights.includes(r))) throw Forbidden("没有该栏目的相应权限");
  const now = opts.now ?? new Date();
  const data: Parameters<typeof writeLocked>[4] = { state: t.to, updatedBy: actor.userId };
  if (CMS_SCHEDULING_ACTIONS.includes(action)) {
    if (!opts.publishAt || opts.publishAt.getTime() <= now.getTime()) throw ValidationFailed("定时发布时间须晚于当前时间", { publishAt: "请选择将来的时间" });
    data.scheduledPublishAt = opts.publishAt;
  }
  if (action === "unschedule") data.scheduledPublishAt = null;
  if (t.to === "PUBLISHED") {
    await assertNoBlockedWords(db, tenantId, a);
    data.publishedAt = action === "fireSchedule" ? (a.scheduledPublishAt ?? now) : (a.publishedAt ?? now);
    data.scheduledPublishAt = null;
  }
  if (t.to === "WITHDRAWN") data.scheduledWithdrawAt = null;
  const touchesSite = t.to === "PUBLISHED" || from === "PUBLISHED";
  if (touchesSite) data.dirty = true;
  const version = await writeLocked(db, tenantId, a.id, expectedVersion, data);
  await db.cmsArticleEvent.create({ data: { tenantId, articleId: a.id, action, fromState: from, toState: t.to, comment: opts.comment, actorId: actor.userId, actorName: actor.name } });
  if (touchesSite) await enqueueIncremental(db, tenantId, actor.userId);
  audit({ action: `cms.article.${action}`, targetType: "CmsArticle", targetId: a.id, detail: { from, to: t.to, title: a.title, comment: opts.comment || undefined } });
  return version;
}

export async function transitionArticle(ctx: Context, id: string, expectedVersion: number, input: CmsTransitionInput) {
  const data = parseInput(cmsTransitionInput, input);
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  await ctx.uow(async ({ db, audit }) => {
    const a = await loadArticle(db, tenantId, id);
    const rights = await rightsOn(db, viewer, tenantId, a.channelId);
    if (!rights.includes("view")) throw Forbidden("没有该栏目的查看权限");
    await applyTransition(db, audit, tenantId, a, expectedVersion, data.action, { rights, userId: viewer.userId, name: viewer.displayName }, data);
  });
  return getArticle(ctx, id);
}
