import { cmsCreateArticleInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { ValidationFailed } from "../../../core/errors";
import { parseInput } from "../../../core/validate";
import { assertRight, rightsOn } from "../cms.policy";
import type { CmsArticleInput } from "../articles.types";
import { indexArticle, prepareContent, saveVersion } from "./article-content";
import { loadChannel } from "./load";
import { getArticle } from "./get-article";

export async function createArticle(ctx: Context, input: CmsArticleInput) {
  const data = parseInput(cmsCreateArticleInput, input);
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  const id = await ctx.uow(async ({ db, audit }) => {
    const channel = await loadChannel(db, tenantId, data.channelId);
    assertRight(await rightsOn(db, viewer, tenantId, channel.id), "edit");
    if (channel.kind === "VIRTUAL") throw ValidationFailed("虚拟栏目不能直接添加文章", { channelId: "请选择普通栏目" });
    const content = prepareContent(data, channel.fieldDefs);
    const a = await db.cmsArticle.create({
      data: { ...content, customFields: content.customFields as object, tenantId, channelId: channel.id, createdBy: viewer.userId, updatedBy: viewer.userId },
    });
    await indexArticle(db, tenantId, a.id, content);
    await saveVersion(db, tenantId, a.id, a.version, content, { id: viewer.userId, name: viewer.displayName }, "新建");
    audit({ action: "cms.article.create", targetType: "CmsArticle", targetId: a.id, detail: { title: a.title, channelId: channel.id } });
    return a.id;
  });
  return getArticle(ctx, id);
}
