-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "TenantLevel" AS ENUM ('CITY', 'COUNTY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN', 'STAFF', 'PROPOSAL_OFFICE', 'OPINION_EDITOR', 'MEMBER_AFFAIRS', 'MEETING_AFFAIRS', 'CMS_EDITOR', 'CMS_REVIEWER', 'LEADER', 'MEMBER', 'COLLECTIVE', 'HANDLING_UNIT');

-- CreateTable
CREATE TABLE "tenant" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "TenantLevel" NOT NULL,
    "parent_id" UUID,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "password_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "failed_login_count" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tenant_membership" (
    "tenant_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "roles" "Role"[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tenant_membership_pkey" PRIMARY KEY ("tenant_id","user_id")
);

-- CreateTable
CREATE TABLE "auth_session" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "active_tenant_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "ip" TEXT,
    "user_agent" TEXT,

    CONSTRAINT "auth_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "tenant_id" UUID,
    "user_id" UUID,
    "username" TEXT,
    "action" TEXT NOT NULL,
    "target_type" TEXT,
    "target_id" TEXT,
    "result" TEXT NOT NULL DEFAULT 'SUCCESS',
    "detail" JSONB,
    "ip" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "prev_hash" TEXT,
    "hash" TEXT,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tenant_code_key" ON "tenant"("code");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");

-- CreateIndex
CREATE INDEX "tenant_membership_user_id_idx" ON "tenant_membership"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "auth_session_token_hash_key" ON "auth_session"("token_hash");

-- CreateIndex
CREATE INDEX "auth_session_user_id_idx" ON "auth_session"("user_id");

-- CreateIndex
CREATE INDEX "audit_log_tenant_id_created_at_idx" ON "audit_log"("tenant_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_log_tenant_id_action_idx" ON "audit_log"("tenant_id", "action");

-- AddForeignKey
ALTER TABLE "tenant" ADD CONSTRAINT "tenant_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "tenant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tenant_membership" ADD CONSTRAINT "tenant_membership_separated_admins" CHECK (
  ('SYSTEM_ADMIN' = ANY(roles))::int + ('SECURITY_ADMIN' = ANY(roles))::int + ('AUDIT_ADMIN' = ANY(roles))::int <= 1
);

ALTER TABLE "tenant_membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tenant_membership" FORCE ROW LEVEL SECURITY;
-- A session sees its tenant's memberships, and its own memberships everywhere (the tenant switcher);
-- it writes only in its tenant.
CREATE POLICY tenant_isolation ON "tenant_membership"
  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid
         OR user_id = NULLIF(current_setting('app.user_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

-- Users are global (one person, several committees). Visible: oneself; users of the active tenant;
-- and, in identity work only (login, session lookup, account creation: app.auth_lookup = 'on', set by
-- the identity module alone), all. Without WITH CHECK, USING also checks inserts and updates.
ALTER TABLE "app_user" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "app_user" FORCE ROW LEVEL SECURITY;
CREATE POLICY user_visibility ON "app_user"
  USING (
    id = NULLIF(current_setting('app.user_id', true), '')::uuid
    OR current_setting('app.auth_lookup', true) = 'on'
    OR EXISTS (SELECT 1 FROM "tenant_membership" m
               WHERE m.user_id = "app_user".id
                 AND m.tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  );

ALTER TABLE "auth_session" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "auth_session" FORCE ROW LEVEL SECURITY;
CREATE POLICY session_owner ON "auth_session"
  USING (user_id = NULLIF(current_setting('app.user_id', true), '')::uuid
         OR current_setting('app.auth_lookup', true) = 'on');

-- Audit: readable per tenant; insertable for the active tenant or as a platform row (tenant NULL,
-- e.g. a failed login of an unknown user). No UPDATE/DELETE policy and no grant: append-only.
ALTER TABLE "audit_log" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "audit_log" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "audit_log" FOR SELECT
  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
CREATE POLICY audit_append ON "audit_log" FOR INSERT
  WITH CHECK (tenant_id IS NULL OR tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

-- Hash chain, one per tenant (and one 'platform' chain): an advisory lock serialises appends per chain,
-- so two transactions can never both link to the same predecessor. SECURITY DEFINER: the predecessor
-- must be found whatever the caller's RLS view is.
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  chain text := coalesce(NEW.tenant_id::text, 'platform');
  prev text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('audit:' || chain, 0));
  SELECT hash INTO prev FROM audit_log
   WHERE tenant_id IS NOT DISTINCT FROM NEW.tenant_id ORDER BY id DESC LIMIT 1;
  NEW.created_at := clock_timestamp();
  NEW.prev_hash := coalesce(prev, repeat('0', 64));
  NEW.hash := encode(sha256(convert_to(
      NEW.prev_hash || '|' || chain || '|' || coalesce(NEW.user_id::text, '') || '|' || NEW.action || '|' ||
      coalesce(NEW.target_type, '') || '|' || coalesce(NEW.target_id, '') || '|' || NEW.result || '|' ||
      coalesce(NEW.detail::text, '') || '|' || coalesce(NEW.ip, '') || '|' ||
      to_char(NEW.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), 'UTF8')), 'hex');
  RETURN NEW;
END $$;
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();

CREATE FUNCTION audit_log_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_immutable BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_immutable();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_immutable();
