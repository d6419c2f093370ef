import type { Context } from "../../../context/context";
import { parseId } from "../../../core/ids";
import { lockOpinion } from "../opinion-transition";
import { assertForwardable } from "../opinions.policy";
import { opinionDetail } from "./get-opinion";

/**
 * 上报: a county committee reports an adopted item to its city committee. The copy into the other tenant
 * is made by the SQL function opinion_forward_to_parent (migration), which checks again that the active
 * committee is a county and the target its parent, links both items and audits in both committees. RLS
 * stays on for the rest of this request.
 */
export async function forwardOpinionToParent(ctx: Context, id: string) {
  const opinionId = parseId(id, "社情民意");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { level: true, parentId: true } });
    const o = await lockOpinion(db, tenantId, opinionId);
    const forwarded = (await db.opinionForward.count({ where: { tenantId, opinionId, direction: "OUT" } })) > 0;
    assertForwardable(tenant, o, forwarded);
    await db.$queryRaw`SELECT opinion_forward_to_parent(${opinionId}::uuid, ${tenant.parentId}::uuid)::text AS id`;
    return opinionDetail(ctx, db, opinionId, null);
  });
}
