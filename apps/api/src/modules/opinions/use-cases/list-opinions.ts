import { OPINION_PRIVATE_STATES, OPINION_STATES, type OpinionState } from "@zhzx/shared";
import { z } from "zod";
import type { Context } from "../../../context/context";
import { likeLiteral } from "../../../core/like";
import { toSkipTake } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";
import type { Prisma } from "../../../generated/prisma/client";
import type { MyOpinionListArgs, OpinionFilter, OpinionListArgs } from "../opinions.inputs";
import { findSubmitter, requireSubmitter } from "../opinions.policy";
import { opinionListInclude, presentList } from "../opinions.presenter";
import type { CosignerCandidate, OpinionCosignRequest, OpinionPage } from "../opinions.types";

const filterSchema = z.object({
  search: z.string().trim().max(50, "搜索词最多 50 个字符").nullish(),
  sessionId: z.uuid({ error: "无效的届次" }).nullish(),
  issueId: z.uuid({ error: "无效的期刊" }).nullish(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "开始日期格式应为 YYYY-MM-DD").nullish(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "结束日期格式应为 YYYY-MM-DD").nullish(),
});

/** Calendar days are Beijing days: [from 00:00, to+1 00:00) in UTC+8. */
export const beijingDayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);
export const beijingDayEnd = (d: string) => new Date(beijingDayStart(d).getTime() + 86_400_000);

const STAFF_STATES = OPINION_STATES.filter((s) => !OPINION_PRIVATE_STATES.includes(s));
const ORDER: Prisma.OpinionOrderByWithRelationInput[] = [{ submittedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }];

export function opinionWhere(tenantId: string, filter: OpinionFilter | null | undefined): Prisma.OpinionWhereInput {
  const f = parseInput(filterSchema, filter ?? {});
  const states = (filter?.states?.length ? filter.states : STAFF_STATES).filter((s) => STAFF_STATES.includes(s));
  return {
    tenantId,
    state: { in: states },
    ...(filter?.origin ? { origin: filter.origin } : {}),
    ...(f.search ? { OR: [{ title: { contains: likeLiteral(f.search) } }, { submitterName: { contains: likeLiteral(f.search) } }] } : {}),
    ...(f.sessionId ? { sessionId: f.sessionId } : {}),
    ...(f.issueId ? { issueId: f.issueId } : {}),
    ...(f.from || f.to ? { submittedAt: { ...(f.from ? { gte: beijingDayStart(f.from) } : {}), ...(f.to ? { lt: beijingDayEnd(f.to) } : {}) } } : {}),
    // EXISTS in the same query: the red 已批示 mark never costs a query per row.
    ...(filter?.instructed === true ? { instructions: { some: {} } } : filter?.instructed === false ? { instructions: { none: {} } } : {}),
  };
}

/** Staff lists (review queues, editing pool, all items): never the submitters' private drafts. */
export async function listOpinions(ctx: Context, args: OpinionListArgs): Promise<OpinionPage> {
  const { skip, take } = toSkipTake(args);
  const where = opinionWhere(ctx.tenantId, args.filter);
  return ctx.uow(async ({ db }) => {
    const rows = await db.opinion.findMany({ where, include: opinionListInclude, orderBy: ORDER, skip, take });
    const total = await db.opinion.count({ where });
    return { items: await presentList(db, rows), total };
  });
}

/** 我的社情民意: the viewer's own items (as a member or as a collective), drafts included. */
export async function listMyOpinions(ctx: Context, args: MyOpinionListArgs): Promise<OpinionPage> {
  const { skip, take } = toSkipTake(args);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const s = await requireSubmitter(db, tenantId, ctx.viewer!);
    const where: Prisma.OpinionWhereInput = {
      tenantId,
      ...(s.memberId ? { memberId: s.memberId } : { collectiveId: s.collectiveId }),
      ...(args.states?.length ? { state: { in: args.states as OpinionState[] } } : {}),
    };
    const rows = await db.opinion.findMany({ where, include: opinionListInclude, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], skip, take });
    const total = await db.opinion.count({ where });
    return { items: await presentList(db, rows), total };
  });
}

/** Items the viewer was asked to co-sign; by default only those still waiting for their answer. */
export async function listMyCosignRequests(ctx: Context, pendingOnly: boolean): Promise<OpinionCosignRequest[]> {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const s = await findSubmitter(db, tenantId, ctx.viewer!);
    if (!s?.memberId) return [];
    const rows = await db.opinionCosigner.findMany({
      where: { tenantId, memberId: s.memberId, ...(pendingOnly ? { status: "PENDING", opinion: { state: "COSIGNING" } } : { opinion: { state: { not: "DRAFT" } } }) },
      include: { opinion: { include: opinionListInclude } },
      orderBy: { createdAt: "desc" },
      take: 200,
    });
    const items = await presentList(db, rows.map((r) => r.opinion));
    return rows.map((r, i) => ({ opinion: items[i]!, myStatus: r.status, invitedAt: r.createdAt }));
  });
}

/** Co-signer picker for the portal: names only (members do not get the member register). */
export async function listCosignerCandidates(ctx: Context, search: string): Promise<CosignerCandidate[]> {
  const q = parseInput(z.string().trim().min(1, "请输入姓名或拼音").max(20, "搜索词过长"), search);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const s = await findSubmitter(db, tenantId, ctx.viewer!);
    const lower = likeLiteral(q.toLowerCase());
    const rows = await db.memberProfile.findMany({
      where: { tenantId, ...(s?.memberId ? { id: { not: s.memberId } } : {}), OR: [{ name: { contains: likeLiteral(q) } }, { namePinyin: { startsWith: lower } }, { nameInitials: { startsWith: lower } }] },
      select: { id: true, name: true },
      orderBy: [{ namePinyin: "asc" }, { id: "asc" }],
      take: 20,
    });
    return rows;
  });
}
