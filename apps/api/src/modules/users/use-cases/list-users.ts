import type { Role } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { toSkipTake } from "../../../core/pagination";
import { presentUser } from "../users.presenter";
import type { UserListArgs, UserPage } from "../users.types";
import { likeLiteral } from "../../../core/like";

export async function listUsers(ctx: Context, args: UserListArgs): Promise<UserPage> {
  const { skip, take } = toSkipTake(args);
  const typed = args.search?.trim().slice(0, 50);
  const search = typed ? likeLiteral(typed) : undefined;
  // The explicit tenant filter is the second wall (RLS would also show the viewer's own memberships elsewhere).
  const where = {
    tenantId: ctx.tenantId,
    ...(args.role ? { roles: { has: args.role as Role } } : {}),
    ...(search
      ? { user: { OR: [{ username: { contains: search, mode: "insensitive" as const } }, { displayName: { contains: search } }] } }
      : {}),
  };
  return ctx.uow(async ({ db }) => {
    const rows = await db.tenantMembership.findMany({ where, include: { user: true }, orderBy: { user: { username: "asc" } }, skip, take });
    const total = await db.tenantMembership.count({ where });
    return { items: rows.map(presentUser), total };
  });
}
