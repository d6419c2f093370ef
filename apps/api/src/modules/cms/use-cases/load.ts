import type { Tx } from "../../../db/prisma";
import { NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";

export async function loadChannel(db: Tx, tenantId: string, id: string) {
  const c = await db.cmsChannel.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "栏目") } } });
  if (!c) throw NotFound("栏目不存在");
  return c;
}

export async function loadArticle(db: Tx, tenantId: string, id: string) {
  const a = await db.cmsArticle.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "文章") } } });
  if (!a) throw NotFound("文章不存在");
  return a;
}

/** Ids of the channel and all channels below it. */
export async function descendantIds(db: Tx, tenantId: string, rootId: string): Promise<string[]> {
  const all = await db.cmsChannel.findMany({ where: { tenantId }, select: { id: true, parentId: true } });
  const out = [rootId];
  for (let i = 0; i < out.length; i++) for (const c of all) if (c.parentId === out[i]) out.push(c.id);
  return out;
}
