import { cmsFieldValuesSchema, cmsUpdateChannelInput, type CmsFieldDef } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { ValidationFailed } from "../../../core/errors";
import { parseInput } from "../../../core/validate";
import { presentChannel } from "../cms.presenter";
import type { CmsChannelInput } from "../channels.types";
import { checkSources } from "./create-channel";
import { loadChannel } from "./load";
import { tenantCode } from "./site";

export async function updateChannel(ctx: Context, id: string, input: CmsChannelInput) {
  const data = parseInput(cmsUpdateChannelInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const channel = await loadChannel(db, tenantId, id);
    if (data.sourceChannelIds !== undefined) {
      if (channel.kind !== "VIRTUAL") throw ValidationFailed("只有虚拟栏目可以设置来源栏目");
      await checkSources(db, tenantId, data.sourceChannelIds, channel.id);
    }
    if (data.fieldDefs) {
      // Existing articles must still satisfy the new definitions, else the change is refused.
      const schema = cmsFieldValuesSchema(data.fieldDefs as CmsFieldDef[]);
      const articles = await db.cmsArticle.findMany({ where: { tenantId, channelId: channel.id }, select: { title: true, customFields: true } });
      const bad = articles.find((a) => !schema.safeParse(a.customFields ?? {}).success);
      if (bad) throw ValidationFailed(`文章《${bad.title}》的自定义字段不符合新定义，请先修改文章`);
    }
    // Any property may show on every page (navigation), so the whole site is re-rendered on the next publish.
    const updated = await db.cmsChannel.update({
      where: { tenantId_id: { tenantId, id: channel.id } },
      data: { ...data, fieldDefs: data.fieldDefs as object[] | undefined, dirty: true },
    });
    audit({ action: "cms.channel.update", targetType: "CmsChannel", targetId: channel.id, detail: { fields: Object.keys(data) } });
    return presentChannel(updated, ["view", "edit", "review", "publish"], await tenantCode(db, tenantId));
  });
}
