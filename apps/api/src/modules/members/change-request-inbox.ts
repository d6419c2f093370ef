import type { Tx } from "../../db/prisma";
import { notifyUsers } from "../inbox/use-cases/notify";
import { completeTodos, raiseTodo } from "../inbox/use-cases/todos";

const source = (id: string) => ({ sourceType: "MemberChangeRequest", sourceId: id });

/** The office's review queue gets a to-do for every new request. */
export function queueForReview(db: Tx, tenantId: string, req: { id: string; member: { name: string } }) {
  return raiseTodo(db, {
    tenantId,
    assignee: { permission: "member:manage" },
    kind: "member.change_request.review",
    title: `${req.member.name} 申请修改委员信息，待审核`,
    link: `/admin/members/changes?id=${req.id}`,
    ...source(req.id),
  });
}

/** Takes the request off the queue (withdrawn or decided). */
export function takeOffQueue(db: Tx, tenantId: string, requestId: string, by: string | null) {
  return completeTodos(db, { tenantId, ...source(requestId) }, by);
}

/** Tells the member the outcome, pushed to the portal in real time. */
export function tellMember(db: Tx, tenantId: string, req: { id: string; submittedBy: string }, outcome: "APPROVED" | "REJECTED", reason: string | null) {
  return notifyUsers(db, tenantId, [req.submittedBy], {
    kind: outcome === "APPROVED" ? "member.change_request.approved" : "member.change_request.rejected",
    title: outcome === "APPROVED" ? "您的信息修改申请已通过，已生效" : "您的信息修改申请未通过",
    body: reason ? `驳回理由：${reason}` : null,
    link: "/portal/profile",
    ...source(req.id),
  });
}
