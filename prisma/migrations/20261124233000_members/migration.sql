-- CreateEnum
CREATE TYPE "DictKind" AS ENUM ('SECTOR', 'PARTY', 'SPECIAL_COMMITTEE', 'ETHNIC_GROUP', 'EDUCATION', 'MEMBER_TYPE', 'DEPARTMENT');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "ChangeRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED');

-- CreateTable
CREATE TABLE "dict_item" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "kind" "DictKind" NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "dict_item_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "handling_unit" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "contact_person" TEXT,
    "contact_phone" TEXT,
    "address" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "handling_unit_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "collective_submitter" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "contact_person" TEXT,
    "contact_phone" TEXT,
    "address" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "collective_submitter_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "committee_session" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "start_year" INTEGER NOT NULL,
    "end_year" INTEGER NOT NULL,
    "is_current" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "committee_session_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "session_meeting" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "start_date" DATE,
    "end_date" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "session_meeting_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "member_profile" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "user_id" UUID,
    "name" TEXT NOT NULL,
    "name_pinyin" TEXT NOT NULL,
    "name_initials" TEXT NOT NULL,
    "former_name" TEXT,
    "gender" "Gender" NOT NULL,
    "birth_date" DATE NOT NULL,
    "ethnic_group_id" UUID NOT NULL,
    "native_place" TEXT,
    "education_id" UUID NOT NULL,
    "work_unit_title" TEXT NOT NULL,
    "work_address" TEXT,
    "mobile" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "member_profile_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "member_term" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "sector_id" UUID NOT NULL,
    "party_id" UUID NOT NULL,
    "member_type_id" UUID NOT NULL,
    "special_committee_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "member_term_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "member_change_request" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "status" "ChangeRequestStatus" NOT NULL DEFAULT 'PENDING',
    "changes" JSONB NOT NULL,
    "submitted_by" UUID NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewed_by" UUID,
    "reviewer_name" TEXT,
    "reviewed_at" TIMESTAMPTZ(3),
    "reject_reason" TEXT,

    CONSTRAINT "member_change_request_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "dict_item_tenant_id_kind_sort_order_idx" ON "dict_item"("tenant_id", "kind", "sort_order");

-- CreateIndex
CREATE UNIQUE INDEX "dict_item_tenant_id_kind_name_key" ON "dict_item"("tenant_id", "kind", "name");

-- CreateIndex
CREATE UNIQUE INDEX "handling_unit_tenant_id_name_key" ON "handling_unit"("tenant_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "handling_unit_tenant_id_user_id_key" ON "handling_unit"("tenant_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "collective_submitter_tenant_id_name_key" ON "collective_submitter"("tenant_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "collective_submitter_tenant_id_user_id_key" ON "collective_submitter"("tenant_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "committee_session_tenant_id_number_key" ON "committee_session"("tenant_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "committee_session_tenant_id_name_key" ON "committee_session"("tenant_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "session_meeting_tenant_id_session_id_number_key" ON "session_meeting"("tenant_id", "session_id", "number");

-- CreateIndex
CREATE INDEX "member_profile_tenant_id_name_idx" ON "member_profile"("tenant_id", "name");

-- CreateIndex
CREATE INDEX "member_profile_tenant_id_name_pinyin_idx" ON "member_profile"("tenant_id", "name_pinyin");

-- CreateIndex
CREATE INDEX "member_profile_tenant_id_birth_date_idx" ON "member_profile"("tenant_id", "birth_date");

-- CreateIndex
CREATE UNIQUE INDEX "member_profile_tenant_id_user_id_key" ON "member_profile"("tenant_id", "user_id");

-- CreateIndex
CREATE INDEX "member_term_tenant_id_session_id_party_id_idx" ON "member_term"("tenant_id", "session_id", "party_id");

-- CreateIndex
CREATE INDEX "member_term_tenant_id_session_id_sector_id_idx" ON "member_term"("tenant_id", "session_id", "sector_id");

-- CreateIndex
CREATE UNIQUE INDEX "member_term_tenant_id_member_id_session_id_key" ON "member_term"("tenant_id", "member_id", "session_id");

-- CreateIndex
CREATE INDEX "member_change_request_tenant_id_status_submitted_at_idx" ON "member_change_request"("tenant_id", "status", "submitted_at");

-- CreateIndex
CREATE INDEX "member_change_request_tenant_id_member_id_idx" ON "member_change_request"("tenant_id", "member_id");

-- AddForeignKey
ALTER TABLE "session_meeting" ADD CONSTRAINT "session_meeting_tenant_id_session_id_fkey" FOREIGN KEY ("tenant_id", "session_id") REFERENCES "committee_session"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_profile" ADD CONSTRAINT "member_profile_tenant_id_ethnic_group_id_fkey" FOREIGN KEY ("tenant_id", "ethnic_group_id") REFERENCES "dict_item"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_profile" ADD CONSTRAINT "member_profile_tenant_id_education_id_fkey" FOREIGN KEY ("tenant_id", "education_id") REFERENCES "dict_item"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_term" ADD CONSTRAINT "member_term_tenant_id_member_id_fkey" FOREIGN KEY ("tenant_id", "member_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_term" ADD CONSTRAINT "member_term_tenant_id_session_id_fkey" FOREIGN KEY ("tenant_id", "session_id") REFERENCES "committee_session"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_term" ADD CONSTRAINT "member_term_tenant_id_sector_id_fkey" FOREIGN KEY ("tenant_id", "sector_id") REFERENCES "dict_item"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_term" ADD CONSTRAINT "member_term_tenant_id_party_id_fkey" FOREIGN KEY ("tenant_id", "party_id") REFERENCES "dict_item"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_term" ADD CONSTRAINT "member_term_tenant_id_member_type_id_fkey" FOREIGN KEY ("tenant_id", "member_type_id") REFERENCES "dict_item"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_term" ADD CONSTRAINT "member_term_tenant_id_special_committee_id_fkey" FOREIGN KEY ("tenant_id", "special_committee_id") REFERENCES "dict_item"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_change_request" ADD CONSTRAINT "member_change_request_tenant_id_member_id_fkey" FOREIGN KEY ("tenant_id", "member_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ── Written by hand (not expressible in the Prisma schema) ─────────────────────────────────────

-- Committee links. A Prisma relation would need back-relation fields in base.prisma; these foreign keys
-- give the same guarantee: a row belongs to a real tenant, and a linked account is a membership of
-- *this* tenant (tenant_id, user_id), so a profile can never point at another committee's user.
ALTER TABLE "dict_item" ADD CONSTRAINT "dict_item_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "handling_unit" ADD CONSTRAINT "handling_unit_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "collective_submitter" ADD CONSTRAINT "collective_submitter_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "committee_session" ADD CONSTRAINT "committee_session_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "member_profile" ADD CONSTRAINT "member_profile_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "member_profile" ADD CONSTRAINT "member_profile_membership_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "tenant_membership"("tenant_id", "user_id") ON DELETE RESTRICT;
ALTER TABLE "handling_unit" ADD CONSTRAINT "handling_unit_membership_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "tenant_membership"("tenant_id", "user_id") ON DELETE RESTRICT;
ALTER TABLE "collective_submitter" ADD CONSTRAINT "collective_submitter_membership_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "tenant_membership"("tenant_id", "user_id") ON DELETE RESTRICT;

-- One current session per committee; one pending change request per member (a second submission is a CONFLICT).
CREATE UNIQUE INDEX "committee_session_one_current" ON "committee_session"("tenant_id") WHERE "is_current";
CREATE UNIQUE INDEX "member_change_request_one_pending" ON "member_change_request"("tenant_id", "member_id") WHERE "status" = 'PENDING';

ALTER TABLE "committee_session" ADD CONSTRAINT "committee_session_years" CHECK ("end_year" >= "start_year");
ALTER TABLE "session_meeting" ADD CONSTRAINT "session_meeting_dates" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date");

-- Name search: initials and full pinyin by prefix (zhq, zhanghua), full pinyin by substring (huaqiang).
-- pg_trgm is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "member_profile_initials_prefix_idx" ON "member_profile"("tenant_id", "name_initials" text_pattern_ops);
CREATE INDEX "member_profile_pinyin_prefix_idx" ON "member_profile"("tenant_id", "name_pinyin" text_pattern_ops);
CREATE INDEX "member_profile_pinyin_trgm_idx" ON "member_profile" USING GIN ("name_pinyin" gin_trgm_ops);
