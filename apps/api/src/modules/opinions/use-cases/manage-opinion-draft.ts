import { opinionDraftInput, type OpinionDraftInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, InvalidTransition, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { bumpVersion, loadOpinion } from "../opinion-transition";
import type { OpinionDraftInputType } from "../opinions.inputs";
import { assertOwnItem, requireSubmitter, type Submitter } from "../opinions.policy";
import { opinionDetail } from "./get-opinion";

/** Co-signers are members of this committee (the composite foreign key says so too), never the submitter. */
async function resolveCosigners(db: Tx, tenantId: string, s: Submitter, ids: string[]) {
  if (s.memberId && ids.includes(s.memberId)) throw ValidationFailed("不能邀请本人联名", { cosignerMemberIds: "不能邀请本人联名" });
  if (ids.length === 0) return [];
  const found = await db.memberProfile.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true } });
  if (found.length !== ids.length) throw ValidationFailed("所选联名委员不存在或不属于本委员会", { cosignerMemberIds: "联名委员无效" });
  return ids.map((id) => found.find((f) => f.id === id)!);
}

async function replaceCosigners(db: Tx, tenantId: string, opinionId: string, members: { id: string; name: string }[]) {
  await db.opinionCosigner.deleteMany({ where: { tenantId, opinionId } });
  // createdAt a millisecond apart: the detail lists co-signers in the order the submitter chose them.
  const t = Date.now();
  if (members.length) await db.opinionCosigner.createMany({ data: members.map((m, i) => ({ tenantId, opinionId, memberId: m.id, memberName: m.name, createdAt: new Date(t + i) })) });
}

/** A new draft of the viewer (a member or a collective), in the committee's current session. */
export async function createOpinionDraft(ctx: Context, input: OpinionDraftInputType) {
  const data: OpinionDraftInput = parseInput(opinionDraftInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const s = await requireSubmitter(db, tenantId, ctx.viewer!);
    const cosigners = await resolveCosigners(db, tenantId, s, data.cosignerMemberIds);
    const session = await db.committeeSession.findFirst({ where: { tenantId, isCurrent: true }, select: { id: true } });
    const o = await db.opinion.create({
      data: {
        tenantId,
        title: data.title,
        content: data.content,
        submitterKind: s.kind,
        memberId: s.memberId,
        collectiveId: s.collectiveId,
        submitterName: s.name,
        createdBy: ctx.viewer!.userId,
        sessionId: session?.id ?? null,
      },
    });
    await replaceCosigners(db, tenantId, o.id, cosigners);
    audit({ action: "opinion.create", targetType: "Opinion", targetId: o.id, detail: { title: data.title, cosigners: cosigners.length } });
    return opinionDetail(ctx, db, o.id, s);
  });
}

/** The submitter's own edit, while the item is a draft or was returned to them. */
export async function updateOpinionDraft(ctx: Context, id: string, version: number, input: OpinionDraftInputType) {
  const opinionId = parseId(id, "社情民意");
  const data = parseInput(opinionDraftInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const s = await requireSubmitter(db, tenantId, ctx.viewer!);
    const o = await loadOpinion(db, tenantId, opinionId);
    assertOwnItem(o, s);
    if (o.state !== "DRAFT" && o.state !== "RETURNED") throw InvalidTransition("已提交的信息不能修改");
    const cosigners = await resolveCosigners(db, tenantId, s, data.cosignerMemberIds);
    await bumpVersion(db, tenantId, o, version, { title: data.title, content: data.content });
    await replaceCosigners(db, tenantId, o.id, cosigners);
    audit({ action: "opinion.update_draft", targetType: "Opinion", targetId: o.id, detail: { title: data.title, cosigners: cosigners.length } });
    return opinionDetail(ctx, db, o.id, s);
  });
}

/** Only a draft that was never submitted can go (a returned item has a history to keep). */
export async function deleteOpinionDraft(ctx: Context, id: string, version: number) {
  const opinionId = parseId(id, "社情民意");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const s = await requireSubmitter(db, tenantId, ctx.viewer!);
    const o = await loadOpinion(db, tenantId, opinionId);
    assertOwnItem(o, s);
    if (o.state !== "DRAFT" || o.submittedAt) throw InvalidTransition("只能删除从未提交的草稿");
    const { count } = await db.opinion.deleteMany({ where: { tenantId, id: o.id, version, state: "DRAFT" } });
    if (count === 0) throw Conflict();
    audit({ action: "opinion.delete_draft", targetType: "Opinion", targetId: o.id, detail: { title: o.title } });
    return true;
  });
}
