import { journalIssueOrderInput, opinionRefsInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, InvalidTransition, NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { fireTransition, loadOpinion } from "../opinion-transition";
import type { OpinionRefInput } from "../opinions.inputs";
import { issueDetail, loadIssue } from "./manage-journal-issues";

/** The issue row locked for the rest of the transaction: composition changes to one issue queue up. */
async function lockDraftIssue(db: Tx, tenantId: string, issueId: string) {
  await db.$queryRaw`SELECT 1 FROM journal_issue WHERE tenant_id = ${tenantId}::uuid AND id = ${issueId}::uuid FOR UPDATE`;
  const i = await loadIssue(db, tenantId, issueId);
  if (i.status !== "DRAFT") throw InvalidTransition("已刊发的期刊不能再调整");
  return i;
}

/**
 * Writes positions 1..n in the given order. Two steps (first negate, then set) because the unique key
 * (issue, position) is checked row by row: a direct permutation would collide with itself half-way.
 */
async function renumber(db: Tx, tenantId: string, issueId: string, orderedIds: string[]) {
  await db.$executeRaw`UPDATE opinion SET issue_order = -issue_order WHERE tenant_id = ${tenantId}::uuid AND issue_id = ${issueId}::uuid`;
  await db.$executeRaw`
    UPDATE opinion o SET issue_order = v.ord
      FROM unnest(${orderedIds}::uuid[]) WITH ORDINALITY AS v(id, ord)
     WHERE o.tenant_id = ${tenantId}::uuid AND o.issue_id = ${issueId}::uuid AND o.id = v.id`;
  await db.journalIssue.update({ where: { tenantId_id: { tenantId, id: issueId } }, data: { version: { increment: 1 } } });
}

/** 编入刊物: adopted items join the end of a draft issue (SECOND_REVIEWED → EDITED), each under its own lock. */
export async function addOpinionsToIssue(ctx: Context, id: string, refs: OpinionRefInput[]) {
  const issueId = parseId(id, "期刊");
  const items = parseInput(opinionRefsInput, refs);
  if (new Set(items.map((r) => r.id)).size !== items.length) throw ValidationFailed("信息重复");
  const tenantId = ctx.tenantId;
  return ctx.uow(async (w) => {
    const issue = await lockDraftIssue(w.db, tenantId, issueId);
    let next = (await w.db.opinion.aggregate({ where: { tenantId, issueId }, _max: { issueOrder: true } }))._max.issueOrder ?? 0;
    for (const ref of items) {
      const o = await loadOpinion(w.db, tenantId, ref.id);
      await fireTransition(w, ctx.viewer!, { tenantId, opinion: o, expectedVersion: ref.version, action: "addToIssue", comment: `${issue.type.name} ${issue.year}年第${issue.number}期`, data: { issueId, issueOrder: ++next } });
    }
    await w.db.journalIssue.update({ where: { tenantId_id: { tenantId, id: issueId } }, data: { version: { increment: 1 } } });
    return issueDetail(w.db, tenantId, issueId);
  });
}

/** 移出: back to the editing pool (EDITED → SECOND_REVIEWED); the others close ranks. */
export async function removeOpinionFromIssue(ctx: Context, id: string, ref: OpinionRefInput) {
  const issueId = parseId(id, "期刊");
  const [item] = parseInput(opinionRefsInput, [ref]);
  const tenantId = ctx.tenantId;
  return ctx.uow(async (w) => {
    await lockDraftIssue(w.db, tenantId, issueId);
    const o = await loadOpinion(w.db, tenantId, item!.id);
    if (o.issueId !== issueId) throw NotFound("该信息不在本期中");
    await fireTransition(w, ctx.viewer!, { tenantId, opinion: o, expectedVersion: item!.version, action: "removeFromIssue", data: { issueId: null, issueOrder: null } });
    const rest = await w.db.opinion.findMany({ where: { tenantId, issueId }, orderBy: { issueOrder: "asc" }, select: { id: true } });
    await renumber(w.db, tenantId, issueId, rest.map((r) => r.id));
    return issueDetail(w.db, tenantId, issueId);
  });
}

/** The editor's order: exactly the issue's items, each once. */
export async function reorderJournalIssue(ctx: Context, id: string, input: { version: number; opinionIds: string[] }) {
  const issueId = parseId(id, "期刊");
  const data = parseInput(journalIssueOrderInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const issue = await lockDraftIssue(db, tenantId, issueId);
    if (issue.version !== data.version) throw Conflict();
    const current = await db.opinion.findMany({ where: { tenantId, issueId }, select: { id: true } });
    const have = new Set(current.map((c) => c.id));
    if (current.length !== data.opinionIds.length || data.opinionIds.some((x) => !have.has(x))) throw ValidationFailed("顺序须包含本期全部信息，且每篇一次");
    await renumber(db, tenantId, issueId, data.opinionIds);
    audit({ action: "journal.issue.reorder", targetType: "JournalIssue", targetId: issueId, detail: { order: data.opinionIds } });
    return issueDetail(db, tenantId, issueId);
  });
}
