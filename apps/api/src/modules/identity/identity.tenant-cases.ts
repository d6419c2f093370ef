import { defineTenantCases } from "../../../test/support/tenant-matrix";
import { createUser } from "../../../test/support/factories";

export default defineTenantCases({
  table: "tenant_membership",
  seed: async (tenantId) => {
    await createUser(tenantId, ["STAFF"]);
  },
  insert: async (tenantId) => {
    const { user } = await createUser(null, []);
    return { text: `INSERT INTO tenant_membership (tenant_id, user_id, roles, updated_at) VALUES ($1, $2, '{MEMBER}', now())`, values: [tenantId, user.id] };
  },
});
