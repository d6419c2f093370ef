import type { Context } from "../../../context/context";
import { toSkipTake } from "../../../core/pagination";
import type { InboxCounts, NotificationArgs, NotificationPage, TodoArgs, TodoPage } from "../inbox.types";

/** To-dos addressed to the viewer, or to a permission the viewer holds in the active tenant. */
const todoWhere = (ctx: Context) => ({
  tenantId: ctx.tenantId,
  OR: [{ assigneeUserId: ctx.viewer!.userId }, { assigneePermission: { in: [...ctx.viewer!.permissions] } }],
});

export async function listMyNotifications(ctx: Context, args: NotificationArgs): Promise<NotificationPage> {
  const { skip, take } = toSkipTake(args);
  const mine = { tenantId: ctx.tenantId, userId: ctx.viewer!.userId };
  const where = args.unreadOnly ? { ...mine, readAt: null } : mine;
  return ctx.uow(async ({ db }) => {
    const items = await db.notification.findMany({ where, orderBy: { createdAt: "desc" }, skip, take });
    const total = await db.notification.count({ where });
    const unread = await db.notification.count({ where: { ...mine, readAt: null } });
    return { items, total, unread };
  });
}

export async function listMyTodos(ctx: Context, args: TodoArgs): Promise<TodoPage> {
  const { skip, take } = toSkipTake(args);
  const where = { ...todoWhere(ctx), doneAt: args.status === "OPEN" ? null : { not: null } };
  return ctx.uow(async ({ db }) => {
    const rows = await db.todoItem.findMany({ where, orderBy: args.status === "OPEN" ? [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }] : { doneAt: "desc" }, skip, take });
    const total = await db.todoItem.count({ where });
    return { items: rows.map((r) => ({ ...r, shared: r.assigneePermission !== null })), total };
  });
}

export async function inboxCounts(ctx: Context): Promise<InboxCounts> {
  return ctx.uow(async ({ db }) => {
    const unreadNotifications = await db.notification.count({ where: { tenantId: ctx.tenantId, userId: ctx.viewer!.userId, readAt: null } });
    const openTodos = await db.todoItem.count({ where: { ...todoWhere(ctx), doneAt: null } });
    return { unreadNotifications, openTodos };
  });
}

/** Marks the given notifications (or all) read; only the viewer's own rows can match. */
export async function markNotificationsRead(ctx: Context, ids: string[] | null) {
  return ctx.uow(async ({ db }) => {
    const r = await db.notification.updateMany({
      where: { tenantId: ctx.tenantId, userId: ctx.viewer!.userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
      data: { readAt: new Date() },
    });
    return r.count;
  });
}
