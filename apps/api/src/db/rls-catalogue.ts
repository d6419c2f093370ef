import type pg from "pg";

export interface RlsProblem {
  table: string;
  problem: string;
}

/**
 * Reads the catalogue and names every tenant table (one with a tenant_id column) that is not
 * protected: RLS not enabled or not forced, no policy naming app.tenant_id, or a primary key
 * without tenant_id (needed for Citus distribution and for same-tenant foreign keys).
 */
export async function findRlsProblems(client: pg.Client | pg.PoolClient, pkExempt: string[] = PK_EXEMPT): Promise<RlsProblem[]> {
  const { rows } = await client.query<{
    table: string;
    rls: boolean;
    forced: boolean;
    policies: string[] | null;
    pk_has_tenant: boolean | null;
  }>(`
    SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
           (SELECT array_agg(coalesce(p.qual, '') || ' ' || coalesce(p.with_check, ''))
              FROM pg_policies p WHERE p.schemaname = n.nspname AND p.tablename = c.relname) AS policies,
           (SELECT bool_or(a2.attname = 'tenant_id')
              FROM pg_index i JOIN pg_attribute a2 ON a2.attrelid = i.indrelid AND a2.attnum = ANY(i.indkey)
             WHERE i.indrelid = c.oid AND i.indisprimary) AS pk_has_tenant
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
     ORDER BY c.relname`);
  const problems: RlsProblem[] = [];
  for (const r of rows) {
    if (!r.rls) problems.push({ table: r.table, problem: "row level security not enabled" });
    if (!r.forced) problems.push({ table: r.table, problem: "row level security not forced" });
    if (!(r.policies ?? []).some((p) => p.includes("app.tenant_id"))) problems.push({ table: r.table, problem: "no policy on app.tenant_id" });
    if (!pkExempt.includes(r.table) && !r.pk_has_tenant) problems.push({ table: r.table, problem: "primary key lacks tenant_id" });
  }
  return problems;
}

/** audit_log also holds platform rows (tenant NULL, e.g. a failed login of an unknown user). */
export const PK_EXEMPT = ["audit_log"];

/** The app role must be unable to step around RLS. */
export async function findAppRoleProblems(client: pg.Client, role: string): Promise<string[]> {
  const out: string[] = [];
  const r = await client.query<{ rolsuper: boolean; rolbypassrls: boolean }>("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1", [role]);
  if (!r.rows[0]) return [`role ${role} does not exist`];
  if (r.rows[0].rolsuper) out.push(`${role} is a superuser`);
  if (r.rows[0].rolbypassrls) out.push(`${role} has BYPASSRLS`);
  const owned = await client.query(
    "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_roles o ON o.oid = c.relowner WHERE n.nspname = 'public' AND o.rolname = $1",
    [role],
  );
  for (const row of owned.rows) out.push(`${role} owns ${row.relname}`);
  const audit = await client.query(
    "SELECT privilege_type FROM information_schema.role_table_grants WHERE table_name = 'audit_log' AND grantee = $1 AND privilege_type IN ('UPDATE','DELETE','TRUNCATE')",
    [role],
  );
  for (const row of audit.rows) out.push(`${role} may ${row.privilege_type} audit_log`);
  return out;
}

/**
 * SECURITY DEFINER functions step around RLS by design (county → city reporting, CMS submissions,
 * the audit chain), so only the application role may call them: PostgreSQL grants EXECUTE to PUBLIC
 * by default, which would hand them to any other login on the database. Names each one still open.
 */
export async function findOpenDefinerFunctions(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT p.proname AS name
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'public' AND p.prosecdef
       AND has_function_privilege('public', p.oid, 'EXECUTE')
     ORDER BY p.proname`);
  return rows.map((r) => r.name);
}
