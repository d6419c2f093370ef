import { randomUUID } from "node:crypto";
import { defineTenantCases } from "../../../test/support/tenant-matrix";
import { createDicts, createMember, createSession } from "../members/members.fixtures";

async function memberIn(tenantId: string) {
  const dicts = await createDicts(tenantId, randomUUID().slice(0, 8));
  const session = await createSession(tenantId);
  return createMember(tenantId, dicts, { name: "履职委员", terms: [{ sessionId: session.id }] });
}

export default defineTenantCases({
  table: "performance_event",
  seed: async (tenantId) => {
    const memberId = await memberIn(tenantId);
    const { owner } = await import("../../../test/support/db");
    await owner.performanceEvent.create({ data: { tenantId, memberId, kind: "BONUS", occurredAt: new Date(), sourceType: "Test", sourceId: randomUUID(), points: 1 } });
  },
  insert: async (tenantId) => ({
    text: `INSERT INTO performance_event (tenant_id, id, member_id, kind, occurred_at, source_type, source_id) VALUES ($1, $2, $3, 'BONUS', now(), 'Test', 'x')`,
    values: [tenantId, randomUUID(), await memberIn(tenantId)],
  }),
});
