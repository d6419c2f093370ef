import { assignProposalInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { ValidationFailed } from "../../../core/errors";
import { parseInput } from "../../../core/validate";
import { addMonths, dateOf, todayInChina } from "../dates";
import type { AssignProposalInput } from "../inputs.types";
import { findVisibleProposal, loadProposalDetail, proposalWork } from "../proposal-work";
import { loadSettings } from "../settings";
import { checkTransition, fireTransition } from "../transition";

/** 交办: one lead unit (主办) and any co-units (协办), with a deadline (default: today + the committee's months). */
export async function assignProposal(ctx: Context, input: AssignProposalInput) {
  const data = parseInput(assignProposalInput, input);
  return proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, data.id);
    checkTransition(a, p, "assign", data.version);
    const today = todayInChina();
    const deadline = data.deadline ?? addMonths(today, (await loadSettings(w.db, a.tenantId)).assignDeadlineMonths);
    if (deadline <= today) throw ValidationFailed("办理期限须晚于今天", { deadline: "办理期限须晚于今天" });
    const ids = [data.leadUnitId, ...data.coUnitIds];
    const units = await w.db.handlingUnit.findMany({ where: { tenantId: a.tenantId, id: { in: ids }, disabled: false }, select: { id: true, name: true } });
    if (units.length !== ids.length) throw ValidationFailed("承办单位不存在或已停用", { leadUnitId: "承办单位不存在或已停用" });
    const name = (id: string) => units.find((u) => u.id === id)!.name;
    await fireTransition(w, a, p, "assign", {
      version: data.version,
      comment: data.comment,
      detail: { lead: name(data.leadUnitId), co: data.coUnitIds.map(name), deadline },
    });
    await w.db.proposalAssignment.createMany({
      data: ids.map((unitId, i) => ({ tenantId: a.tenantId, proposalId: p.id, unitId, role: i === 0 ? ("LEAD" as const) : ("CO" as const), deadline: dateOf(deadline), assignedBy: a.userId })),
    });
    return loadProposalDetail(w, a, p.id);
  });
}
