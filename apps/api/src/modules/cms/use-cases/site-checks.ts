import { CMS_FINDING_KINDS, type CmsFindingKind } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import type { Tx } from "../../../db/prisma";
import { NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { toSkipTake, type PageArgs } from "../../../core/pagination";
import type { CmsCheckScan } from "../../../generated/prisma/client";
import type { Viewer } from "../../../context/viewer";
import { isCmsAdmin, loadChannelRights } from "../cms.policy";
import { ensureSite } from "./site";

type Counts = Pick<CmsCheckScan, "brokenLinks" | "brokenImages" | "externalLinks" | "sensitiveWords" | "staleChannels">;
const COUNT_FIELD: Record<CmsFindingKind, keyof Counts> = {
  BROKEN_LINK: "brokenLinks", BROKEN_IMAGE: "brokenImages", EXTERNAL_LINK: "externalLinks", SENSITIVE_WORD: "sensitiveWords", STALE_CHANNEL: "staleChannels",
};
const zero = (): Counts => ({ brokenLinks: 0, brokenImages: 0, externalLinks: 0, sensitiveWords: 0, staleChannels: 0 });

/** The channels whose findings the viewer sees: all for the site administrator, else those they may edit or review. */
export async function visibleChannelIds(db: Tx, viewer: Viewer, tenantId: string): Promise<string[] | null> {
  if (isCmsAdmin(viewer)) return null;
  const rights = await loadChannelRights(db, viewer, tenantId);
  return [...rights].filter(([, r]) => r.includes("edit") || r.includes("review")).map(([id]) => id);
}

const presentScan = (s: CmsCheckScan, counts: Counts) => ({ ...s, ...counts, progress: s.total ? Math.min(1, s.done / s.total) : s.state === "DONE" ? 1 : 0 });

/** Counts per scan restricted to the viewer's channels (one grouped query for the page of scans). */
async function presentScans(db: Tx, tenantId: string, scans: CmsCheckScan[], visible: string[] | null) {
  if (visible === null) return scans.map((s) => presentScan(s, s));
  const groups = await db.cmsCheckFinding.groupBy({ by: ["scanId", "kind"], where: { tenantId, scanId: { in: scans.map((s) => s.id) }, channelId: { in: visible } }, _count: { _all: true } });
  return scans.map((s) => {
    const c = zero();
    for (const g of groups) if (g.scanId === s.id) c[COUNT_FIELD[g.kind as CmsFindingKind]] = g._count._all;
    return presentScan(s, c);
  });
}

/** Queues a 站点检查 of the whole site; a scan already waiting or running is returned instead of a second one. */
export async function requestScan(ctx: Context) {
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  return ctx.uow(async (w) => {
    const site = await ensureSite(w, tenantId);
    const visible = await visibleChannelIds(w.db, viewer, tenantId);
    const waiting = await w.db.cmsCheckScan.findFirst({ where: { tenantId, state: { in: ["QUEUED", "RUNNING"] } }, orderBy: { createdAt: "desc" } });
    if (waiting) return (await presentScans(w.db, tenantId, [waiting], visible))[0]!;
    const scan = await w.db.cmsCheckScan.create({ data: { tenantId, siteId: site.id, trigger: "MANUAL", requestedBy: viewer.userId } });
    w.audit({ action: "cms.check.request", targetType: "CmsCheckScan", targetId: scan.id, detail: { trigger: "MANUAL" } });
    return (await presentScans(w.db, tenantId, [scan], visible))[0]!;
  });
}

export async function listScans(ctx: Context, page: PageArgs) {
  const tenantId = ctx.tenantId;
  const { skip, take } = toSkipTake(page);
  return ctx.uow(async ({ db }) => {
    const visible = await visibleChannelIds(db, ctx.viewer!, tenantId);
    const rows = await db.cmsCheckScan.findMany({ where: { tenantId }, orderBy: { createdAt: "desc" }, skip, take });
    const total = await db.cmsCheckScan.count({ where: { tenantId } });
    return { items: await presentScans(db, tenantId, rows, visible), total };
  });
}

async function loadScan(db: Tx, tenantId: string, id: string) {
  const s = await db.cmsCheckScan.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "检查") } } });
  if (!s) throw NotFound("站点检查不存在");
  return s;
}

export async function getScan(ctx: Context, id: string) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const s = await loadScan(db, tenantId, id);
    return (await presentScans(db, tenantId, [s], await visibleChannelIds(db, ctx.viewer!, tenantId)))[0]!;
  });
}

/** The report grouped by channel: counts per kind for each channel with findings the viewer may see. */
export async function scanChannels(ctx: Context, scanId: string) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const scan = await loadScan(db, tenantId, scanId);
    const visible = await visibleChannelIds(db, ctx.viewer!, tenantId);
    const groups = await db.cmsCheckFinding.groupBy({ by: ["channelId", "kind"], where: { tenantId, scanId: scan.id, ...(visible ? { channelId: { in: visible } } : {}) }, _count: { _all: true } });
    const ids = [...new Set(groups.map((g) => g.channelId))];
    const channels = await db.cmsChannel.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true, slug: true, sortOrder: true, department: { select: { name: true } } } });
    return channels
      .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "zh-CN"))
      .map((c) => {
        const counts = zero();
        for (const g of groups) if (g.channelId === c.id) counts[COUNT_FIELD[g.kind as CmsFindingKind]] = g._count._all;
        return { channelId: c.id, channelName: c.name, slug: c.slug, departmentName: c.department?.name ?? null, ...counts, problems: counts.brokenLinks + counts.brokenImages + counts.sensitiveWords + counts.staleChannels };
      });
  });
}

/** Findings of a scan, by channel then article, optionally one channel / one kind; paginated. */
export async function scanFindings(ctx: Context, args: PageArgs & { scanId: string; channelId?: string | null; kind?: string | null }) {
  const tenantId = ctx.tenantId;
  const { skip, take } = toSkipTake(args);
  if (args.kind && !(CMS_FINDING_KINDS as readonly string[]).includes(args.kind)) throw ValidationFailed("问题类型无效");
  const channelId = args.channelId ? parseId(args.channelId, "栏目") : null;
  return ctx.uow(async ({ db }) => {
    const scan = await loadScan(db, tenantId, args.scanId);
    const visible = await visibleChannelIds(db, ctx.viewer!, tenantId);
    if (channelId && visible && !visible.includes(channelId)) return { items: [], total: 0 };
    const where = {
      tenantId, scanId: scan.id,
      ...(channelId ? { channelId } : visible ? { channelId: { in: visible } } : {}),
      ...(args.kind ? { kind: args.kind } : {}),
    };
    const rows = await db.cmsCheckFinding.findMany({ where, orderBy: [{ channelId: "asc" }, { articleTitle: "asc" }, { kind: "asc" }, { id: "asc" }], skip, take, include: { scan: false } });
    const total = await db.cmsCheckFinding.count({ where });
    const names = new Map((await db.cmsChannel.findMany({ where: { tenantId, id: { in: [...new Set(rows.map((r) => r.channelId))] } }, select: { id: true, name: true } })).map((c) => [c.id, c.name]));
    return { items: rows.map((r) => ({ ...r, channelName: names.get(r.channelId) ?? "（已删除的栏目）" })), total };
  });
}
