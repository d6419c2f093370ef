-- CreateTable
CREATE TABLE "privacy_consent" (
    "user_id" UUID NOT NULL,
    "version" TEXT NOT NULL,
    "accepted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ip" TEXT,

    CONSTRAINT "privacy_consent_pkey" PRIMARY KEY ("user_id","version")
);

ALTER TABLE "privacy_consent" ADD CONSTRAINT "privacy_consent_user_fkey"
  FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A session sees and records only its own consent (app.user_id is set per unit of work from the
-- server-side session, like app.tenant_id). Not FORCEd: the owner (seed, backup) works across users.
ALTER TABLE "privacy_consent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY privacy_consent_self ON "privacy_consent"
  USING (user_id = NULLIF(current_setting('app.user_id', true), '')::uuid)
  WITH CHECK (user_id = NULLIF(current_setting('app.user_id', true), '')::uuid);
