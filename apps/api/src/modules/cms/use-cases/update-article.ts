import { canEditContent, cmsUpdateArticleInput, type CmsArticleState } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Forbidden, ValidationFailed } from "../../../core/errors";
import { parseInput } from "../../../core/validate";
import { assertRight, rightsOn } from "../cms.policy";
import type { CmsArticleInput } from "../articles.types";
import { assertNoBlockedWords, enqueueIncremental, indexArticle, prepareContent, saveVersion, writeLocked } from "./article-content";
import { loadArticle, loadChannel } from "./load";
import { getArticle } from "./get-article";

/**
 * Saves new content as a new version. Moving to another channel (channelId) needs edit on both. A
 * correction of a live article goes live with the next (automatically queued) incremental publish.
 */
export async function updateArticle(ctx: Context, id: string, expectedVersion: number, input: CmsArticleInput) {
  const data = parseInput(cmsUpdateArticleInput, input);
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  await ctx.uow(async ({ db, audit }) => {
    const a = await loadArticle(db, tenantId, id);
    const rights = await rightsOn(db, viewer, tenantId, a.channelId);
    assertRight(rights, "view");
    if (!canEditContent(a.state as CmsArticleState, rights)) throw Forbidden("当前状态下没有修改该文章的权限");
    let channel = await loadChannel(db, tenantId, a.channelId);
    if (input.channelId && input.channelId !== a.channelId) {
      channel = await loadChannel(db, tenantId, input.channelId);
      assertRight(await rightsOn(db, viewer, tenantId, channel.id), "edit", "目标栏目");
      if (channel.kind === "VIRTUAL") throw ValidationFailed("虚拟栏目不能直接添加文章");
    }
    const content = prepareContent(
      {
        title: data.title ?? a.title,
        subtitle: data.subtitle ?? a.subtitle,
        author: data.author ?? a.author,
        source: data.source ?? a.source,
        // A changed body gets a fresh automatic summary/keywords unless the editor gave them.
        summary: data.summary ?? (data.body !== undefined ? "" : a.summary),
        keywords: data.keywords ?? (data.body !== undefined ? [] : a.keywords),
        body: data.body ?? a.body,
        customFields: (data.customFields ?? a.customFields ?? {}) as Record<string, unknown>,
      },
      channel.fieldDefs,
    );
    const live = a.state === "PUBLISHED" || a.state === "SCHEDULED";
    if (live) await assertNoBlockedWords(db, tenantId, content);
    const version = await writeLocked(db, tenantId, a.id, expectedVersion, {
      ...content, customFields: content.customFields as object, channelId: channel.id, updatedBy: viewer.userId, dirty: true,
    });
    await indexArticle(db, tenantId, a.id, content);
    await saveVersion(db, tenantId, a.id, version, content, { id: viewer.userId, name: viewer.displayName }, data.note);
    if (a.state === "PUBLISHED") {
      if (channel.id !== a.channelId) await db.cmsChannel.updateMany({ where: { tenantId, id: { in: [a.channelId, channel.id] } }, data: { dirty: true } });
      await enqueueIncremental(db, tenantId, viewer.userId);
    }
    audit({ action: "cms.article.update", targetType: "CmsArticle", targetId: a.id, detail: { version, fields: Object.keys(input), note: data.note } });
  });
  return getArticle(ctx, id);
}
