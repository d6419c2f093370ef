import { cmsSiteInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import type { Tx } from "../../../db/prisma";
import type { Work } from "../../../core/unit-of-work";
import { parseInput } from "../../../core/validate";
import { presentSite } from "../cms.presenter";
import type { CmsSiteInput } from "../channels.types";

export const tenantCode = async (db: Tx, tenantId: string) => (await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { code: true } })).code;

/** The tenant's site, created on first need (named after the committee). */
export async function ensureSite({ db, audit }: Pick<Work, "db" | "audit">, tenantId: string) {
  const existing = await db.cmsSite.findUnique({ where: { tenantId } });
  if (existing) return existing;
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId } });
  const site = await db.cmsSite.create({ data: { tenantId, name: `${tenant.name}门户网站`, description: `${tenant.name}官方网站` } });
  audit({ action: "cms.site.create", targetType: "CmsSite", targetId: site.id });
  return site;
}

export async function getSite(ctx: Context) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const site = await db.cmsSite.findUnique({ where: { tenantId } });
    return site ? presentSite(site, await tenantCode(db, tenantId)) : null;
  });
}

export async function updateSite(ctx: Context, input: CmsSiteInput) {
  const data = parseInput(cmsSiteInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async (w) => {
    const site = await ensureSite(w, tenantId);
    const updated = await w.db.cmsSite.update({ where: { tenantId_id: { tenantId, id: site.id } }, data });
    // Name and footer appear on every page.
    await w.db.cmsChannel.updateMany({ where: { tenantId }, data: { dirty: true } });
    w.audit({ action: "cms.site.update", targetType: "CmsSite", targetId: site.id, detail: { name: data.name } });
    return presentSite(updated, await tenantCode(w.db, tenantId));
  });
}
