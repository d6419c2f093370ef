import { availableActions, opinionMachine, type OpinionAction } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import type { Tx } from "../../../db/prisma";
import { assertMayRead, findSubmitter, isForwardable, isOwnItem, mayEditText, type Submitter } from "../opinions.policy";
import { eventLabel, instructionInclude, opinionListInclude, presentInstruction, presentList } from "../opinions.presenter";
import type { OpinionDetail } from "../opinions.types";

const detailInclude = {
  ...opinionListInclude,
  cosigners: { orderBy: [{ createdAt: "asc" as const }, { memberName: "asc" as const }] },
  events: { orderBy: { createdAt: "asc" as const } },
  instructions: { include: instructionInclude, orderBy: [{ instructedAt: "asc" as const }, { createdAt: "asc" as const }] },
  attachments: { select: { id: true, name: true, mime: true, size: true, createdAt: true }, orderBy: { createdAt: "asc" as const } },
  _count: { select: { ...opinionListInclude._count.select, versions: true } },
};

const SUBMITTER_ACTIONS: OpinionAction[] = ["requestCosign", "cancelCosign", "submit"];
const REVIEW_ACTIONS: OpinionAction[] = ["passFirstReview", "passSecondReview", "returnToSubmitter", "discard"];

/** The detail as the viewer may see it, with the buttons they may press (the machine, narrowed by the policy). */
export async function opinionDetail(ctx: Context, db: Tx, id: string, known?: Submitter | null): Promise<OpinionDetail> {
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  const o = await db.opinion.findUnique({ where: { tenantId_id: { tenantId, id } }, include: detailInclude });
  if (!o) throw NotFound("社情民意不存在");
  const s = known === undefined ? await findSubmitter(db, tenantId, viewer) : known;
  const isCosigner = !!s?.memberId && o.cosigners.some((c) => c.memberId === s.memberId);
  assertMayRead(viewer, o, s, isCosigner);
  const own = isOwnItem(o, s);
  const [base] = await presentList(db, [o]);
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { level: true, parentId: true } });

  const hasCosigners = o.cosigners.length > 0;
  const actions = availableActions(opinionMachine, o.state, viewer.roles).filter((a) => {
    if (SUBMITTER_ACTIONS.includes(a)) return own && (a === "submit" ? !hasCosigners : a === "requestCosign" ? hasCosigners : true);
    if (REVIEW_ACTIONS.includes(a)) return viewer.permissions.has("opinion:review") && !(a === "returnToSubmitter" && o.origin === "FROM_COUNTY");
    return false; // completeCosign follows a co-signer's answer; journal actions belong to the issue screen.
  });

  return {
    ...base!,
    content: o.content,
    returnReason: o.returnReason,
    discardReason: o.discardReason,
    sourceProposalId: o.sourceProposalId,
    source: o.sourceTenantId && o.sourceOpinionId ? { tenantId: o.sourceTenantId, tenantName: base!.sourceTenantName ?? "", opinionId: o.sourceOpinionId } : null,
    sessionId: o.sessionId,
    firstReviewedAt: o.firstReviewedAt,
    cosigners: o.cosigners.map((c) => ({ memberId: c.memberId, memberName: c.memberName, status: c.status, respondedAt: c.respondedAt })),
    events: o.events.map((e) => ({ id: e.id, action: e.action, actionLabel: eventLabel(e.action), fromState: e.fromState, toState: e.toState, actorName: e.actorName, comment: e.comment, createdAt: e.createdAt })),
    instructions: o.instructions.map(presentInstruction),
    attachments: o.attachments,
    versionCount: o._count.versions,
    availableActions: actions,
    canEdit: (own && (o.state === "DRAFT" || o.state === "RETURNED")) || mayEditText(viewer, o),
    canForward: viewer.permissions.has("opinion:forward") && isForwardable(tenant, o, base!.forwarded),
    canInstruct: viewer.permissions.has("opinion:instruct") && o.state === "PUBLISHED",
  };
}

export async function getOpinion(ctx: Context, id: string) {
  const opinionId = parseId(id, "社情民意");
  return ctx.uow(({ db }) => opinionDetail(ctx, db, opinionId));
}
