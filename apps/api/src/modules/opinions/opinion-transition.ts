import { canFire, findTransition, OPINION_ACTION_LABELS, OPINION_STATE_LABELS, opinionMachine, type OpinionAction, type OpinionState } from "@zhzx/shared";
import type { Viewer } from "../../context/viewer";
import { Conflict, Forbidden, InvalidTransition, NotFound } from "../../core/errors";
import type { Work } from "../../core/unit-of-work";
import { afterOpinionTransition } from "./opinion-followups";
import type { Tx } from "../../db/prisma";
import type { Prisma } from "../../generated/prisma/client";

export async function loadOpinion(db: Tx, tenantId: string, id: string) {
  const o = await db.opinion.findUnique({ where: { tenantId_id: { tenantId, id } } });
  if (!o) throw NotFound("社情民意不存在");
  return o;
}
export type OpinionRow = Awaited<ReturnType<typeof loadOpinion>>;

/** Locks the row for the rest of the transaction (co-signers answering at the same moment queue here). */
export async function lockOpinion(db: Tx, tenantId: string, id: string) {
  await db.$queryRaw`SELECT 1 FROM opinion WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid FOR UPDATE`;
  return loadOpinion(db, tenantId, id);
}

export interface Fire {
  tenantId: string;
  opinion: { id: string; state: OpinionState; version: number };
  /** The version the client read; another write in between makes this a CONFLICT. */
  expectedVersion: number;
  action: OpinionAction;
  data?: Prisma.OpinionUncheckedUpdateManyInput;
  comment?: string | null;
}

/**
 * One transition: the machine (state and role), the optimistic lock (0 rows updated ⇒ CONFLICT, also when
 * another reviewer got there first), an event row, and the audit entry — all in the caller's unit of work.
 * Record-level rules are the caller's, checked before.
 */
export async function fireTransition(w: Work, viewer: Viewer, f: Fire): Promise<OpinionState> {
  const { db, audit } = w;
  const t = findTransition(opinionMachine, f.opinion.state, f.action);
  if (!t) throw InvalidTransition(`“${OPINION_STATE_LABELS[f.opinion.state]}”状态不能${OPINION_ACTION_LABELS[f.action]}`);
  if (!canFire(opinionMachine, f.opinion.state, f.action, viewer.roles)) throw Forbidden();
  if (f.expectedVersion !== f.opinion.version) throw Conflict();
  const { count } = await db.opinion.updateMany({
    where: { tenantId: f.tenantId, id: f.opinion.id, version: f.expectedVersion, state: f.opinion.state },
    data: { ...f.data, state: t.to, version: { increment: 1 } },
  });
  if (count === 0) throw Conflict();
  await db.opinionEvent.create({
    data: { tenantId: f.tenantId, opinionId: f.opinion.id, action: f.action, fromState: f.opinion.state, toState: t.to, actorId: viewer.userId, actorName: viewer.displayName, comment: f.comment ?? null },
  });
  audit({ action: `opinion.${f.action}`, targetType: "Opinion", targetId: f.opinion.id, detail: { from: f.opinion.state, to: t.to, ...(f.comment ? { comment: f.comment } : {}) } });
  await afterOpinionTransition(w, viewer.userId, f.tenantId, f.opinion.id, f.action, t.to);
  return t.to;
}

/** A write that is not a transition (text edit, draft edit): same lock, no state change. */
export async function bumpVersion(db: Tx, tenantId: string, o: { id: string; state: OpinionState }, expectedVersion: number, data: Prisma.OpinionUncheckedUpdateManyInput) {
  const { count } = await db.opinion.updateMany({ where: { tenantId, id: o.id, version: expectedVersion, state: o.state }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw Conflict();
}

/** Text version no. n+1, unless the text equals the latest version (re-submitting an unchanged item). */
export async function recordVersion(db: Tx, tenantId: string, opinionId: string, text: { title: string; content: string }, editor: { id: string | null; name: string }, note: string | null) {
  const last = await db.opinionVersion.findFirst({ where: { tenantId, opinionId }, orderBy: { no: "desc" } });
  if (last && last.title === text.title && last.content === text.content) return last.no;
  const no = (last?.no ?? 0) + 1;
  await db.opinionVersion.create({ data: { tenantId, opinionId, no, title: text.title, content: text.content, editorId: editor.id, editorName: editor.name, note } });
  return no;
}
