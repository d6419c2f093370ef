import type { Context } from "../../../context/context";
import { parseId } from "../../../core/ids";
import { toSkipTake } from "../../../core/pagination";
import { presentChangeRequest } from "../change-requests.presenter";
import type { ChangeRequestListArgs, MemberChangeRequestPage } from "../change-requests.types";

const withMember = { member: { select: { name: true } } } as const;

/** Staff queue: pending requests oldest first; otherwise newest first. */
export async function listChangeRequests(ctx: Context, args: ChangeRequestListArgs): Promise<MemberChangeRequestPage> {
  const { skip, take } = toSkipTake(args);
  const where = {
    tenantId: ctx.tenantId,
    ...(args.status ? { status: args.status } : {}),
    ...(args.memberId ? { memberId: parseId(args.memberId, "委员") } : {}),
  };
  const direction = args.status === "PENDING" ? ("asc" as const) : ("desc" as const);
  return ctx.uow(async ({ db }) => {
    const rows = await db.memberChangeRequest.findMany({ where, include: withMember, orderBy: [{ submittedAt: direction }, { id: "asc" }], skip, take });
    const total = await db.memberChangeRequest.count({ where });
    return { items: rows.map((r) => presentChangeRequest(r, "staff")), total };
  });
}

/** The member's own requests and their outcome (newest first). */
export async function listMyChangeRequests(ctx: Context) {
  const viewer = ctx.viewer!;
  return ctx.uow(async ({ db }) => {
    const rows = await db.memberChangeRequest.findMany({
      where: { tenantId: ctx.tenantId, submittedBy: viewer.userId, member: { userId: viewer.userId } },
      include: withMember,
      orderBy: { submittedAt: "desc" },
      take: 50,
    });
    return rows.map((r) => presentChangeRequest(r, "self"));
  });
}
