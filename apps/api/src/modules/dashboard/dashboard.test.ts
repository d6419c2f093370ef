import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { createDicts, createMember, createSession } from "../members/members.fixtures";

const FIGURES = `proposals filed closed opinions adopted members meetings attendanceRate tenantName`;

/** A committee with a current session, `members` members, and proposals in the given states. */
async function committee(opts: { level: "CITY" | "COUNTY"; parentId?: string; members: number; states: string[] }) {
  const tenant = await createTenant({ level: opts.level, parentId: opts.parentId });
  const dicts = await createDicts(tenant.id, randomUUID().slice(0, 6));
  const session = await createSession(tenant.id, { isCurrent: true });
  const ids: string[] = [];
  for (let i = 0; i < opts.members; i++) ids.push(await createMember(tenant.id, dicts, { name: `委员${i}`, terms: [{ sessionId: session.id }] }));
  for (const [i, state] of opts.states.entries()) {
    await owner.proposal.create({
      data: {
        tenantId: tenant.id, sessionId: session.id, title: `提案${i}`, content: "<p>x</p>", submitterType: "MEMBER", memberId: ids[0]!, submitterName: "委员0",
        createdBy: randomUUID(), state: state as never, submittedAt: state === "DRAFT" ? null : new Date(), terms: [],
      },
    });
  }
  const { viewer } = await createUser(tenant.id, ["STAFF"]);
  return { tenant, viewer };
}

describe("领导驾驶舱与全市汇总", () => {
  it("the roll-up shows each county exactly as it sees itself, sums them, is audited, and is refused to counties", async () => {
    const city = await committee({ level: "CITY", members: 3, states: ["SUBMITTED", "FILED", "CLOSED", "DRAFT"] });
    const a = await committee({ level: "COUNTY", parentId: city.tenant.id, members: 2, states: ["FILED", "FILED", "DRAFT"] });
    const b = await committee({ level: "COUNTY", parentId: city.tenant.id, members: 4, states: ["CLOSED"] });
    const other = await committee({ level: "CITY", members: 5, states: ["SUBMITTED"] });

    const own = async (c: { viewer: Parameters<typeof execAs>[0] }) => (await execAs(c.viewer, `{ committeeFigures { ${FIGURES} } }`)).data.committeeFigures;
    expect(await own(a)).toMatchObject({ proposals: 2, filed: 2, closed: 0, members: 2 });
    expect(await own(city)).toMatchObject({ proposals: 3, filed: 2, closed: 1, members: 3 });

    const r = (await execAs(city.viewer, `{ dashboardRollup { committees { ${FIGURES} } total { ${FIGURES} } } }`)).data.dashboardRollup;
    expect(r.committees).toHaveLength(3);
    expect(r.committees[0]).toEqual(await own(city));
    for (const c of [a, b]) expect(r.committees.find((x: { tenantName: string }) => x.tenantName === c.tenant.name)).toEqual(await own(c));
    // Another city's committees never appear.
    expect(r.committees.map((x: { tenantName: string }) => x.tenantName)).not.toContain(other.tenant.name);
    expect(r.total).toMatchObject({ proposals: 3 + 2 + 1, filed: 2 + 2 + 1, closed: 1 + 0 + 1, members: 3 + 2 + 4 });

    expect((await execAs(a.viewer, `{ dashboardRollup { total { proposals } } }`)).code).toBe("FORBIDDEN");
    const logged = await owner.auditLog.findFirst({ where: { tenantId: city.tenant.id, action: "dashboard.rollup" } });
    expect(logged?.detail).toMatchObject({ committees: 3 });
    // A member cannot read the dashboard at all.
    const { viewer: m } = await createUser(city.tenant.id, ["MEMBER"]);
    expect((await execAs(m, `{ committeeFigures { proposals } }`)).code).toBe("FORBIDDEN");
  });
});
