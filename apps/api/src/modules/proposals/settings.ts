import { PROPOSAL_DEFAULTS } from "@zhzx/shared";
import type { Tx } from "../../db/prisma";

export interface Settings {
  assignDeadlineMonths: number;
  returnWindowDays: number;
  reminderDaysBeforeDeadline: number;
}

const num = (name: string, dflt: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : dflt;
};

/** Platform defaults (env may override), used until a committee saves its own settings. */
export const defaultSettings = (): Settings => ({
  assignDeadlineMonths: num("PROPOSAL_DEADLINE_MONTHS", PROPOSAL_DEFAULTS.assignDeadlineMonths),
  returnWindowDays: num("PROPOSAL_RETURN_WINDOW_DAYS", PROPOSAL_DEFAULTS.returnWindowDays),
  reminderDaysBeforeDeadline: num("PROPOSAL_REMINDER_DAYS", PROPOSAL_DEFAULTS.reminderDaysBeforeDeadline),
});

export async function loadSettings(db: Tx, tenantId: string): Promise<Settings> {
  const row = await db.proposalSetting.findUnique({ where: { tenantId } });
  return row
    ? { assignDeadlineMonths: row.assignDeadlineMonths, returnWindowDays: row.returnWindowDays, reminderDaysBeforeDeadline: row.reminderDaysBeforeDeadline }
    : defaultSettings();
}
