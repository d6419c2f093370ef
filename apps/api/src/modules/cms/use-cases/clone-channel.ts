import type { Context } from "../../../context/context";
import type { Tx } from "../../../db/prisma";
import type { CmsChannel } from "../../../generated/prisma/client";
import { presentChannel } from "../cms.presenter";
import { loadChannel } from "./load";
import { tenantCode } from "./site";

async function freeSlug(db: Tx, tenantId: string, base: string) {
  const stem = base.slice(0, 34);
  for (let i = 2; ; i++) {
    const slug = `${stem}-${i}`;
    if (!(await db.cmsChannel.findFirst({ where: { tenantId, slug }, select: { id: true } }))) return slug;
  }
}

/**
 * 克隆: a copy of the channel's properties, custom fields and grants (and, with `withChildren`, of its
 * sub-channels), without articles, placed right after the original. Slugs get a free -N suffix.
 */
export async function cloneChannel(ctx: Context, id: string, withChildren: boolean) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const source = await loadChannel(db, tenantId, id);
    const copyOne = async (c: CmsChannel, parentId: string | null, name: string, sortOrder: number): Promise<CmsChannel> => {
      const { id: _id, createdAt: _c, updatedAt: _u, ...props } = c;
      const copy = await db.cmsChannel.create({
        data: { ...props, fieldDefs: c.fieldDefs as object, name, parentId, sortOrder, slug: await freeSlug(db, tenantId, c.slug), dirty: true },
      });
      const acl = await db.cmsChannelAcl.findMany({ where: { tenantId, channelId: c.id } });
      if (acl.length) await db.cmsChannelAcl.createMany({ data: acl.map(({ id: _i, createdAt: _a, ...g }) => ({ ...g, channelId: copy.id })) });
      if (withChildren) {
        const children = await db.cmsChannel.findMany({ where: { tenantId, parentId: c.id }, orderBy: { sortOrder: "asc" } });
        for (const child of children) await copyOne(child, copy.id, child.name, child.sortOrder);
      }
      return copy;
    };
    await db.cmsChannel.updateMany({ where: { tenantId, parentId: source.parentId, sortOrder: { gt: source.sortOrder } }, data: { sortOrder: { increment: 1 } } });
    const copy = await copyOne(source, source.parentId, `${source.name}（副本）`, source.sortOrder + 1);
    audit({ action: "cms.channel.clone", targetType: "CmsChannel", targetId: copy.id, detail: { from: source.id, withChildren } });
    return presentChannel(copy, ["view", "edit", "review", "publish"], await tenantCode(db, tenantId));
  });
}
