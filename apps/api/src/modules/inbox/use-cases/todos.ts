import type { Permission } from "@zhzx/shared";
import type { Tx } from "../../../db/prisma";

export interface TodoInput {
  tenantId: string;
  /** One user, or everyone holding a permission in the tenant (a review queue). */
  assignee: { userId: string } | { permission: Permission };
  kind: string;
  title: string;
  link?: string | null;
  sourceType: string;
  sourceId: string;
  dueAt?: Date | null;
}

/** Raises a to-do unless the same one is already open (modules may call it on every transition). */
export async function raiseTodo(db: Tx, t: TodoInput) {
  const assignee = "userId" in t.assignee ? { assigneeUserId: t.assignee.userId } : { assigneePermission: t.assignee.permission };
  const open = await db.todoItem.findFirst({
    where: { tenantId: t.tenantId, sourceType: t.sourceType, sourceId: t.sourceId, kind: t.kind, doneAt: null, ...assignee },
    select: { id: true },
  });
  if (open) return open.id;
  const row = await db.todoItem.create({
    data: { tenantId: t.tenantId, ...assignee, kind: t.kind, title: t.title, link: t.link ?? null, sourceType: t.sourceType, sourceId: t.sourceId, dueAt: t.dueAt ?? null },
  });
  return row.id;
}

/** Closes the open to-dos a source raised (optionally only of one kind) — called by the module when its record moves on. */
export async function completeTodos(db: Tx, q: { tenantId: string; sourceType: string; sourceId: string; kind?: string }, doneBy: string | null) {
  const r = await db.todoItem.updateMany({
    where: { tenantId: q.tenantId, sourceType: q.sourceType, sourceId: q.sourceId, ...(q.kind ? { kind: q.kind } : {}), doneAt: null },
    data: { doneAt: new Date(), doneBy },
  });
  return r.count;
}
