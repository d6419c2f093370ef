import type { Context } from "../../context/context";
import { Forbidden } from "../../core/errors";
import { runUnitOfWork } from "../../core/unit-of-work";
import { committeeFigures } from "./committee-figures";
import type { CommitteeFigures, DashboardRollup } from "./dashboard.types";

export const myCommitteeFigures = (ctx: Context): Promise<CommitteeFigures> => ctx.uow(({ db }) => committeeFigures(db, ctx.tenantId));

const sum = (rows: CommitteeFigures[], tenantName: string): CommitteeFigures => {
  const t = (k: keyof CommitteeFigures) => rows.reduce((n, r) => n + (r[k] as number), 0);
  const invited = t("invited");
  const attended = t("attended");
  return {
    tenantId: "total", tenantName, sessionName: null,
    proposals: t("proposals"), filed: t("filed"), closed: t("closed"), overdue: t("overdue"), opinions: t("opinions"), adopted: t("adopted"),
    members: t("members"), meetings: t("meetings"), invited, attended, attendanceRate: invited ? Math.round((attended / invited) * 1000) / 10 : 0,
  };
};

/**
 * 全市汇总 (issue 10): the city and each of its counties side by side, read-only. The cross-committee
 * path is explicit: only a CITY committee's staff may ask; each county's figures are read in a unit of
 * work scoped to that county (RLS on, never off), with the very function the county's own dashboard
 * uses; and the access is written to the city's audit chain with the committees it covered.
 */
export async function dashboardRollup(ctx: Context): Promise<DashboardRollup> {
  const cityId = ctx.tenantId;
  const { city, counties } = await ctx.uow(async ({ db, audit }) => {
    const city = await db.tenant.findUniqueOrThrow({ where: { id: cityId }, select: { id: true, name: true, level: true } });
    if (city.level !== "CITY") throw Forbidden("全市汇总只对市级政协开放");
    const counties = await db.tenant.findMany({ where: { parentId: cityId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true } });
    audit({ action: "dashboard.rollup", targetType: "Tenant", targetId: cityId, detail: { committees: counties.length + 1 } });
    return { city, counties };
  });
  const actor = { tenantId: cityId, userId: ctx.viewer!.userId, username: ctx.viewer!.username, ip: ctx.ip };
  const rows: CommitteeFigures[] = [];
  for (const t of [city, ...counties]) {
    rows.push(await runUnitOfWork(ctx.prisma, { tenantId: t.id, userId: ctx.viewer!.userId }, { ...actor, tenantId: t.id }, ({ db }) => committeeFigures(db, t.id)));
  }
  return { committees: rows, total: sum(rows, `${city.name.replace(/政协$/, "")}全市合计`) };
}
