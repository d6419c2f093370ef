-- CreateTable
CREATE TABLE "user_totp" (
    "user_id" UUID NOT NULL,
    "secret" TEXT NOT NULL,
    "enabled_at" TIMESTAMPTZ(3),
    "last_step" BIGINT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_totp_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "user_recovery_code" (
    "user_id" UUID NOT NULL,
    "code_hash" TEXT NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_recovery_code_pkey" PRIMARY KEY ("user_id","code_hash")
);

ALTER TABLE "user_totp" ADD CONSTRAINT "user_totp_user_fkey"
  FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "user_recovery_code" ADD CONSTRAINT "user_recovery_code_user_fkey"
  FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The time-step is a positive counter; the sealed secret is never stored plain.
ALTER TABLE "user_totp" ADD CONSTRAINT "user_totp_last_step_positive" CHECK (last_step IS NULL OR last_step > 0);
ALTER TABLE "user_totp" ADD CONSTRAINT "user_totp_secret_sealed" CHECK (secret LIKE 'enc:v1:%');

-- Like auth_session: a session sees its own rows; identity work (login, session lookup, the security
-- administrator's reset: app.auth_lookup = 'on', set by the identity module alone) sees all.
ALTER TABLE "user_totp" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "user_totp" FORCE ROW LEVEL SECURITY;
CREATE POLICY totp_owner ON "user_totp"
  USING (user_id = NULLIF(current_setting('app.user_id', true), '')::uuid
         OR current_setting('app.auth_lookup', true) = 'on');
ALTER TABLE "user_recovery_code" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "user_recovery_code" FORCE ROW LEVEL SECURITY;
CREATE POLICY recovery_code_owner ON "user_recovery_code"
  USING (user_id = NULLIF(current_setting('app.user_id', true), '')::uuid
         OR current_setting('app.auth_lookup', true) = 'on');
