import { memberFilterInput, memberSortInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { toSkipTake } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { memberOrderBy, memberWhere } from "../member-query";
import { memberInclude, presentMember, type MemberRow } from "../members.presenter";
import type { MemberListArgs, MemberPage } from "../members.types";

/** Usernames of the page's linked accounts in one query (app_user has no Prisma relation to profiles). */
export async function usernamesOf(db: Tx, rows: { userId: string | null }[]) {
  const ids = rows.map((r) => r.userId).filter((x): x is string => !!x);
  if (!ids.length) return new Map<string, string>();
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, username: true } });
  return new Map(users.map((u) => [u.id, u.username]));
}

export function parseListArgs(args: Pick<MemberListArgs, "filter" | "sort">) {
  return {
    filter: args.filter ? parseInput(memberFilterInput, args.filter) : null,
    sort: args.sort ? parseInput(memberSortInput, args.sort) : null,
  };
}

export async function listMembers(ctx: Context, args: MemberListArgs): Promise<MemberPage> {
  const { skip, take } = toSkipTake(args);
  const { filter, sort } = parseListArgs(args);
  const where = memberWhere(ctx.tenantId, filter);
  return ctx.uow(async ({ db }) => {
    // Sequential on purpose: one transaction is one connection (pg deprecates overlapping queries on it).
    const rows = await db.memberProfile.findMany({ where, include: memberInclude, orderBy: memberOrderBy(sort), skip, take });
    const total = await db.memberProfile.count({ where });
    const usernames = await usernamesOf(db, rows);
    return { items: rows.map((r: MemberRow) => presentMember(r, { sessionId: filter?.sessionId, usernames })), total };
  });
}
