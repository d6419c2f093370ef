import { defineTenantCases } from "../../../test/support/tenant-matrix";
import { owner } from "../../../test/support/db";

export default defineTenantCases({
  table: "audit_log",
  appendOnly: true,
  seed: async (tenantId) => {
    await owner.auditLog.create({ data: { tenantId, action: "test.seed" } });
  },
  insert: async (tenantId) => ({ text: `INSERT INTO audit_log (tenant_id, action) VALUES ($1, 'test.insert')`, values: [tenantId] }),
});
