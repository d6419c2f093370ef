-- CreateEnum
CREATE TYPE "AssessmentType" AS ENUM ('ANNUAL', 'SESSION');

-- CreateEnum
CREATE TYPE "MaterialStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'RETURNED');

-- CreateTable
CREATE TABLE "performance_rule_set" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "assessment_type" "AssessmentType" NOT NULL,
    "effective_from" DATE NOT NULL,
    "effective_to" DATE,
    "description" TEXT,
    "grades" JSONB NOT NULL,
    "show_rank_in_portal" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "performance_rule_set_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "performance_rule" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "rule_set_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "points" DECIMAL(8,2),
    "max_items" INTEGER,
    "max_points_per_year" DECIMAL(8,2),
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "description" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "performance_rule_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "performance_rule_set_version" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "rule_set_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "assessment_type" "AssessmentType" NOT NULL,
    "effective_from" DATE NOT NULL,
    "effective_to" DATE,
    "grades" JSONB NOT NULL,
    "rules" JSONB NOT NULL,
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    "change" TEXT NOT NULL,
    "changed_by" UUID,
    "changed_by_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "performance_rule_set_version_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "performance_score_run" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "assessment_type" "AssessmentType" NOT NULL,
    "year" INTEGER,
    "session_id" UUID NOT NULL,
    "period_start" TIMESTAMPTZ(3) NOT NULL,
    "period_end" TIMESTAMPTZ(3) NOT NULL,
    "rule_set_version_ids" UUID[],
    "trigger" TEXT NOT NULL,
    "note" TEXT,
    "member_count" INTEGER NOT NULL,
    "computed_by" UUID,
    "computed_by_name" TEXT,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "performance_score_run_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "performance_score" (
    "tenant_id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "total" DECIMAL(10,2) NOT NULL,
    "raw_total" DECIMAL(10,2) NOT NULL,
    "grade" TEXT,
    "rank" INTEGER NOT NULL,
    "event_count" INTEGER NOT NULL,

    CONSTRAINT "performance_score_pkey" PRIMARY KEY ("tenant_id","run_id","member_id")
);

-- CreateTable
CREATE TABLE "performance_bonus" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "points" DECIMAL(8,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "occurred_on" DATE NOT NULL,
    "created_by" UUID,
    "created_by_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),
    "revoked_by_name" TEXT,
    "revoke_reason" TEXT,

    CONSTRAINT "performance_bonus_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "performance_material" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "occurred_on" DATE NOT NULL,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "status" "MaterialStatus" NOT NULL DEFAULT 'SUBMITTED',
    "entered_by_staff" BOOLEAN NOT NULL DEFAULT false,
    "submitted_by" UUID,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewed_by" UUID,
    "reviewer_name" TEXT,
    "reviewed_at" TIMESTAMPTZ(3),
    "return_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "performance_material_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "performance_rule_set_tenant_id_assessment_type_effective_fr_idx" ON "performance_rule_set"("tenant_id", "assessment_type", "effective_from");

-- CreateIndex
CREATE UNIQUE INDEX "performance_rule_tenant_id_rule_set_id_kind_key" ON "performance_rule"("tenant_id", "rule_set_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "performance_rule_set_version_tenant_id_rule_set_id_version_key" ON "performance_rule_set_version"("tenant_id", "rule_set_id", "version");

-- CreateIndex
CREATE INDEX "performance_score_run_tenant_id_assessment_type_year_comput_idx" ON "performance_score_run"("tenant_id", "assessment_type", "year", "computed_at");

-- CreateIndex
CREATE INDEX "performance_score_run_tenant_id_assessment_type_session_id__idx" ON "performance_score_run"("tenant_id", "assessment_type", "session_id", "computed_at");

-- CreateIndex
CREATE INDEX "performance_score_tenant_id_member_id_idx" ON "performance_score"("tenant_id", "member_id");

-- CreateIndex
CREATE INDEX "performance_bonus_tenant_id_member_id_occurred_on_idx" ON "performance_bonus"("tenant_id", "member_id", "occurred_on");

-- CreateIndex
CREATE INDEX "performance_material_tenant_id_status_submitted_at_idx" ON "performance_material"("tenant_id", "status", "submitted_at");

-- CreateIndex
CREATE INDEX "performance_material_tenant_id_member_id_occurred_on_idx" ON "performance_material"("tenant_id", "member_id", "occurred_on");

-- AddForeignKey
ALTER TABLE "performance_rule" ADD CONSTRAINT "performance_rule_tenant_id_rule_set_id_fkey" FOREIGN KEY ("tenant_id", "rule_set_id") REFERENCES "performance_rule_set"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "performance_rule_set_version" ADD CONSTRAINT "performance_rule_set_version_tenant_id_rule_set_id_fkey" FOREIGN KEY ("tenant_id", "rule_set_id") REFERENCES "performance_rule_set"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "performance_score" ADD CONSTRAINT "performance_score_tenant_id_run_id_fkey" FOREIGN KEY ("tenant_id", "run_id") REFERENCES "performance_score_run"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ── Written by hand (see docs/ARCHITECTURE.md "Foreign keys written by hand") ─────────────────────
ALTER TABLE "performance_rule_set" ADD CONSTRAINT "performance_rule_set_tenant_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "performance_rule" ADD CONSTRAINT "performance_rule_tenant_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "performance_rule_set_version" ADD CONSTRAINT "performance_rule_set_version_tenant_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "performance_score_run" ADD CONSTRAINT "performance_score_run_tenant_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "performance_score" ADD CONSTRAINT "performance_score_tenant_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "performance_bonus" ADD CONSTRAINT "performance_bonus_tenant_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "performance_material" ADD CONSTRAINT "performance_material_tenant_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;

-- Same-tenant links to the members module: (tenant_id, x) → (tenant_id, id), so no row can point into another committee.
ALTER TABLE "performance_score" ADD CONSTRAINT "performance_score_member_fkey"
  FOREIGN KEY ("tenant_id", "member_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "performance_bonus" ADD CONSTRAINT "performance_bonus_member_fkey"
  FOREIGN KEY ("tenant_id", "member_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "performance_material" ADD CONSTRAINT "performance_material_member_fkey"
  FOREIGN KEY ("tenant_id", "member_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "performance_score_run" ADD CONSTRAINT "performance_score_run_session_fkey"
  FOREIGN KEY ("tenant_id", "session_id") REFERENCES "committee_session"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "performance_rule_set" ADD CONSTRAINT "performance_rule_set_period" CHECK ("effective_to" IS NULL OR "effective_to" >= "effective_from");
ALTER TABLE "performance_rule" ADD CONSTRAINT "performance_rule_caps" CHECK (("max_items" IS NULL OR "max_items" > 0) AND ("max_points_per_year" IS NULL OR "max_points_per_year" > 0));
ALTER TABLE "performance_bonus" ADD CONSTRAINT "performance_bonus_points" CHECK ("points" <> 0);
ALTER TABLE "performance_score_run" ADD CONSTRAINT "performance_score_run_period" CHECK ("period_end" > "period_start");
