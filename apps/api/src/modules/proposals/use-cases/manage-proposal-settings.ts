import { proposalSettingsInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseInput } from "../../../core/validate";
import type { ProposalSettingsInput } from "../inputs.types";
import { loadSettings, type Settings } from "../settings";

export async function getProposalSettings(ctx: Context): Promise<Settings> {
  const tenantId = ctx.tenantId;
  return ctx.uow(({ db }) => loadSettings(db, tenantId));
}

export async function updateProposalSettings(ctx: Context, input: ProposalSettingsInput): Promise<Settings> {
  const data = parseInput(proposalSettingsInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const before = await loadSettings(db, tenantId);
    await db.proposalSetting.upsert({ where: { tenantId }, create: { tenantId, ...data }, update: data });
    audit({ action: "proposal.settings.update", targetType: "ProposalSetting", targetId: tenantId, detail: { from: before, to: data } });
    return data;
  });
}
