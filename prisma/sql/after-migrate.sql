-- Runs after every migration deploy, as the owner. Idempotent.
-- 1. The application role: no superuser, no BYPASSRLS, owns nothing.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ':app_role') THEN
    CREATE ROLE ":app_role" LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ':app_password';
  ELSE
    ALTER ROLE ":app_role" NOSUPERUSER NOBYPASSRLS;
  END IF;
END $$;

DO $$
DECLARE
  t record;
BEGIN
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO ":app_role"', current_database());
  GRANT USAGE ON SCHEMA public TO ":app_role";
  GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ":app_role";
  FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations' LOOP
    IF t.relname = 'audit_log' THEN
      -- append-only: no UPDATE, DELETE or TRUNCATE for the application.
      EXECUTE format('REVOKE ALL ON %I FROM ":app_role"', t.relname);
      EXECUTE format('GRANT SELECT, INSERT ON %I TO ":app_role"', t.relname);
    ELSIF t.relname = 'tenant' THEN
      EXECUTE format('REVOKE ALL ON %I FROM ":app_role"', t.relname);
      EXECUTE format('GRANT SELECT ON %I TO ":app_role"', t.relname);
    ELSE
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ":app_role"', t.relname);
    END IF;
  END LOOP;

  -- 2. Every table with a tenant_id column gets forced RLS and, unless a migration wrote its own, the
  --    standard policy. A new module therefore cannot forget; the catalogue test checks the result.
  FOR t IN SELECT c.relname FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace
           JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.relname);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t.relname);
    IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = t.relname) THEN
      EXECUTE format($p$CREATE POLICY tenant_isolation ON %I
        USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
        WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)$p$, t.relname);
    END IF;
  END LOOP;
END $$;

-- 3. SECURITY DEFINER functions (cross-committee reporting, CMS submissions, the audit chain) run with
--    the owner's rights; PostgreSQL lets PUBLIC execute new functions, so close them to every role but
--    the application's. The catalogue test (findOpenDefinerFunctions) fails if one stays open.
DO $$
DECLARE
  f record;
BEGIN
  FOR f IN SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'public' AND p.prosecdef LOOP
    EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f.sig);
    EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO ":app_role"', f.sig);
  END LOOP;
END $$;
