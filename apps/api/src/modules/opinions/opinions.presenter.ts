import {
  INSTRUCTION_KIND_LABELS,
  issueLabel,
  OPINION_ACTION_LABELS,
  OPINION_ADOPTED_STATES,
  OPINION_ORIGIN_LABELS,
  OPINION_STATE_LABELS,
  type InstructionKind,
  type OpinionAction,
  type OpinionState,
} from "@zhzx/shared";
import type { Tx } from "../../db/prisma";
import type { Prisma } from "../../generated/prisma/client";
import type { OpinionInstructionType, OpinionListItem, OpinionUpward } from "./opinions.types";

/** What every list reads in the same query: the issue, the link rows, and the counts (no per-row queries). */
export const opinionListInclude = {
  issue: { select: { id: true, typeId: true, year: true, number: true, status: true, type: { select: { name: true } } } },
  forwards: { select: { direction: true } },
  _count: { select: { instructions: true, cosigners: { where: { status: { not: "DECLINED" } } } } },
} satisfies Prisma.OpinionInclude;

export type OpinionListRow = Prisma.OpinionGetPayload<{ include: typeof opinionListInclude }>;

export interface ListContext {
  tenantNames: Map<string, string>;
  upward: Map<string, OpinionUpward>;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

type AttachmentRow = { id: string; name: string; mime: string; size: number; createdAt: Date | string };

/** An instruction row (Prisma, or the JSON of opinion_forward_feedback) with its attachments' metadata. */
export const presentInstruction = (i: {
  id: string;
  kind: string;
  authorName: string;
  authorTitle: string | null;
  instructedAt: Date | string;
  content: string;
  createdAt: Date | string;
  attachments?: AttachmentRow[];
}): OpinionInstructionType => ({
  id: i.id,
  kind: i.kind as InstructionKind,
  kindLabel: INSTRUCTION_KIND_LABELS[i.kind as InstructionKind],
  authorName: i.authorName,
  authorTitle: i.authorTitle,
  instructedAt: typeof i.instructedAt === "string" ? i.instructedAt.slice(0, 10) : day(i.instructedAt),
  content: i.content,
  createdAt: new Date(i.createdAt),
  attachments: (i.attachments ?? []).map((a) => ({ id: a.id, name: a.name, mime: a.mime, size: a.size, createdAt: new Date(a.createdAt) })),
});

/** What an instruction read with Prisma brings along: its files' metadata, never their content. */
export const instructionInclude = {
  attachments: { select: { id: true, name: true, mime: true, size: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.OpinionInstructionInclude;

export function presentListItem(o: OpinionListRow, lc: ListContext): OpinionListItem {
  const upward = lc.upward.get(o.id) ?? null;
  return {
    id: o.id,
    title: o.title,
    state: o.state,
    stateLabel: OPINION_STATE_LABELS[o.state],
    origin: o.origin,
    originLabel: OPINION_ORIGIN_LABELS[o.origin],
    submitterKind: o.submitterKind,
    submitterName: o.submitterName,
    sourceTenantName: o.sourceTenantId ? (lc.tenantNames.get(o.sourceTenantId) ?? null) : null,
    cosignerCount: o._count.cosigners,
    instructionCount: o._count.instructions,
    instructed: o._count.instructions > 0 || (upward?.instructions.length ?? 0) > 0,
    issue: o.issue
      ? { id: o.issue.id, typeId: o.issue.typeId, journalName: o.issue.type.name, year: o.issue.year, number: o.issue.number, label: issueLabel(o.issue.year, o.issue.number), status: o.issue.status }
      : null,
    issueOrder: o.issueOrder,
    forwarded: o.forwards.some((f) => f.direction === "OUT"),
    upward,
    submittedAt: o.submittedAt,
    adoptedAt: o.adoptedAt,
    publishedAt: o.publishedAt,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
    version: o.version,
  };
}

/** Names of the committees the rows came from (FROM_COUNTY): one query for the page. */
export async function tenantNamesOf(db: Tx, rows: { sourceTenantId: string | null }[]) {
  const ids = [...new Set(rows.map((r) => r.sourceTenantId).filter((x): x is string => !!x))];
  if (ids.length === 0) return new Map<string, string>();
  const ts = await db.tenant.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(ts.map((t) => [t.id, t.name]));
}

type FeedbackRow = {
  opinion_id: string;
  parent_tenant_id: string;
  parent_tenant_name: string;
  parent_opinion_id: string;
  forwarded_at: Date;
  state: OpinionState;
  adopted_at: Date | null;
  published_at: Date | null;
  return_reason: string | null;
  discard_reason: string | null;
  journal_name: string | null;
  issue_year: number | null;
  issue_number: number | null;
  instructions: { id: string; kind: string; authorName: string; authorTitle: string | null; instructedAt: string; content: string; createdAt: string; attachments: AttachmentRow[] }[];
};

/**
 * The parent committee's handling of items this committee reported upward, for a whole page at once,
 * through the audited SQL path (opinion_forward_feedback: only the caller's own reported items).
 */
export async function loadUpward(db: Tx, rows: { id: string; forwards: { direction: string }[] }[]) {
  const ids = rows.filter((r) => r.forwards.some((f) => f.direction === "OUT")).map((r) => r.id);
  const out = new Map<string, OpinionUpward>();
  if (ids.length === 0) return out;
  const fb = await db.$queryRaw<FeedbackRow[]>`SELECT * FROM opinion_forward_feedback(${ids}::uuid[])`;
  for (const r of fb) {
    out.set(r.opinion_id, {
      parentTenantId: r.parent_tenant_id,
      parentTenantName: r.parent_tenant_name,
      parentOpinionId: r.parent_opinion_id,
      forwardedAt: r.forwarded_at,
      state: r.state,
      stateLabel: OPINION_STATE_LABELS[r.state],
      adopted: OPINION_ADOPTED_STATES.includes(r.state),
      adoptedAt: r.adopted_at,
      publishedAt: r.published_at,
      returnReason: r.return_reason,
      discardReason: r.discard_reason,
      issueLabel: r.journal_name && r.issue_year && r.issue_number ? `《${r.journal_name}》${issueLabel(r.issue_year, r.issue_number)}` : null,
      instructions: r.instructions.map(presentInstruction),
    });
  }
  return out;
}

export async function presentList(db: Tx, rows: OpinionListRow[]) {
  const lc: ListContext = { tenantNames: await tenantNamesOf(db, rows), upward: await loadUpward(db, rows) };
  return rows.map((r) => presentListItem(r, lc));
}

const EXTRA_EVENT_LABELS: Record<string, string> = {
  edit: "采编修改",
  forward: "上报上级政协",
  receiveFromCounty: "县区上报",
  createFromProposal: "提案转来",
  instruct: "登记批示反馈",
  cosignConfirm: "联名确认",
  cosignDecline: "谢绝联名",
};
export const eventLabel = (action: string) => OPINION_ACTION_LABELS[action as OpinionAction] ?? EXTRA_EVENT_LABELS[action] ?? action;
