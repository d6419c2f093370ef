/**
 * The cross-tenant harness. Each module declares, next to its code, one case per tenant table
 * (`src/modules/<domain>/<domain>.tenant-cases.ts`): how to put a row into a tenant, and how to try an
 * INSERT into a given tenant. test/tenant-isolation.test.ts runs every case through the matrix
 * actor (tenant A, tenant B, no tenant) × operation (read, list, count, create, update, delete), and
 * fails for any tenant table that has no case.
 */
export interface TenantCase {
  table: string;
  /** As the owner: create at least one row of this table in `tenantId`. */
  seed(tenantId: string): Promise<void>;
  /** The SQL an app-role session would run to create a row in `tenantId`. */
  insert(tenantId: string): Promise<{ text: string; values: unknown[] }>;
  /** Tables the app may not UPDATE/DELETE at all (append-only). */
  appendOnly?: boolean;
}

export function defineTenantCases(...cases: TenantCase[]) {
  return cases;
}
