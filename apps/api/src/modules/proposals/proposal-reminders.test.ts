import { describe, expect, it } from "vitest";
import { app, owner, ownerUrl } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { PROPOSAL_REMINDER_SCAN, PROPOSAL_REMINDERS, scanCommittees, startJobs, type ReminderJob } from "../../jobs";
import { todayInChina } from "./dates";
import { createProposalRow, createWorld, type World } from "./proposals.fixtures";
import { writeProposalReminders } from "./use-cases/write-proposal-reminders";

const DAY = "2026-11-24";

async function assignments(w: World) {
  const [u1, u2] = w.units;
  const mk = async (state: "ASSIGNED" | "HANDLING" | "CLOSED", unitId: string, o: { signed?: boolean; replied?: boolean; deadline: string }) => {
    const id = await createProposalRow(w, { state, caseSeq: Math.floor(Math.random() * 1e6) + 10 });
    await owner.proposalAssignment.create({
      data: { tenantId: w.tenantId, proposalId: id, unitId, role: "LEAD", deadline: new Date(`${o.deadline}T00:00:00Z`), assignedBy: w.office.userId, assignedAt: new Date("2026-11-01T02:00:00Z"), signedAt: o.signed ? new Date() : null, repliedAt: o.replied ? new Date() : null },
    });
    return id;
  };
  return {
    unsigned: await mk("ASSIGNED", u1!.unitId, { deadline: "2027-02-01" }),
    near: await mk("HANDLING", u1!.unitId, { signed: true, deadline: "2026-11-27" }),
    overdue: await mk("HANDLING", u2!.unitId, { signed: true, deadline: "2026-11-20" }),
    far: await mk("HANDLING", u2!.unitId, { signed: true, deadline: "2027-03-01" }),
    closed: await mk("CLOSED", u2!.unitId, { signed: true, replied: true, deadline: "2026-11-01" }),
  };
}

describe("催办 reminders", () => {
  it("writes one reminder per unsigned, near-deadline and overdue assignment, idempotently, in the given committee only", async () => {
    const w = await createWorld({ members: 1, units: 2 });
    const other = await createWorld({ members: 1, units: 1 });
    const p = await assignments(w);
    await assignments({ ...other, units: [other.units[0]!, other.units[0]!] });
    expect(await writeProposalReminders(app, w.tenantId, DAY)).toBe(3);
    expect(await writeProposalReminders(app, w.tenantId, DAY)).toBe(0);
    const rows = await owner.proposalReminder.findMany({ where: { tenantId: w.tenantId }, orderBy: { kind: "asc" } });
    expect(rows.map((r) => [r.proposalId, r.kind])).toEqual([[p.unsigned, "NOT_SIGNED"], [p.near, "DEADLINE_NEAR"], [p.overdue, "OVERDUE"]]);
    expect(rows.find((r) => r.kind === "OVERDUE")!.message).toMatch(/^【已超期】《.+》（15-03-\d+）已超过办理期限 4 天，请尽快答复$/);
    expect(rows.find((r) => r.kind === "DEADLINE_NEAR")!.message).toMatch(/距办理期限（2026-11-27）还有 3 天$/);
    expect(await owner.proposalReminder.count({ where: { tenantId: other.tenantId } })).toBe(0);
    // The unit sees its own reminders; the office all.
    const mine = await execAs(w.units[0]!.viewer, `{ proposalReminders { kind unit { name } } }`);
    expect(mine.data.proposalReminders.map((r: any) => r.kind).sort()).toEqual(["DEADLINE_NEAR", "NOT_SIGNED"]);
    expect((await execAs(w.office, `{ proposalReminders { kind } }`)).data.proposalReminders).toHaveLength(3);
  });

  it("the daily scan sends one job per committee, keyed by committee and day", async () => {
    const sent: [ReminderJob, string][] = [];
    const n = await scanCommittees(app, DAY, async (data, key) => sent.push([data, key]));
    const tenants = await owner.tenant.findMany({ select: { id: true } });
    expect(n).toBe(tenants.length);
    expect(sent.map(([d]) => d.tenantId).sort()).toEqual(tenants.map((t) => t.id).sort());
    expect(sent.every(([d, key]) => d.day === DAY && key === `${d.tenantId}:${DAY}`)).toBe(true);
  });

  it("runs through the pg-boss queue: a committee's job writes its reminders; the daily scan is scheduled", async () => {
    const w = await createWorld({ members: 1, units: 1 });
    const id = await createProposalRow(w, { state: "ASSIGNED" });
    await owner.proposalAssignment.create({ data: { tenantId: w.tenantId, proposalId: id, unitId: w.units[0]!.unitId, role: "LEAD", deadline: new Date("2099-01-01"), assignedBy: w.office.userId } });
    // No start-up scan here: the shared test database holds hundreds of committees.
    const jobs = await startJobs(app, { connectionString: ownerUrl, scanAtStart: false });
    try {
      expect((await jobs.boss!.getSchedules()).map((s) => [s.name, s.cron])).toEqual([[PROPOSAL_REMINDER_SCAN, "0 8 * * *"]]);
      const day = todayInChina();
      await jobs.boss!.send(PROPOSAL_REMINDERS, { tenantId: w.tenantId, day }, { singletonKey: `${w.tenantId}:${day}` });
      let found = 0;
      for (let i = 0; i < 60 && !found; i++) {
        await new Promise((r) => setTimeout(r, 500));
        found = await owner.proposalReminder.count({ where: { tenantId: w.tenantId, proposalId: id, kind: "NOT_SIGNED", day: new Date(`${day}T00:00:00Z`) } });
      }
      expect(found).toBe(1);
      expect(await owner.auditLog.count({ where: { tenantId: w.tenantId, action: "proposal.reminders", username: "system:proposal-reminders" } })).toBe(1);
    } finally {
      await jobs.stop();
    }
  }, 60_000);
});
