-- CreateEnum
CREATE TYPE "ProposalState" AS ENUM ('DRAFT', 'COSIGNING', 'SUBMITTED', 'RETURNED', 'FIRST_REVIEWED', 'SECOND_REVIEWED', 'NOT_FILED', 'FILED', 'ASSIGNED', 'HANDLING', 'REPLIED', 'DISSATISFIED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ProposalSubmitterType" AS ENUM ('MEMBER', 'COLLECTIVE');

-- CreateEnum
CREATE TYPE "ProposalCosignStatus" AS ENUM ('INVITED', 'CONFIRMED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ProposalNotFiledDestination" AS ENUM ('WITHDRAWN', 'TO_OPINION', 'OTHER');

-- CreateEnum
CREATE TYPE "ProposalAssignmentRole" AS ENUM ('LEAD', 'CO');

-- CreateEnum
CREATE TYPE "ProposalAssignmentStatus" AS ENUM ('ACTIVE', 'RETURNED');

-- CreateEnum
CREATE TYPE "ProposalRequestKind" AS ENUM ('RETURN', 'EXTENSION');

-- CreateEnum
CREATE TYPE "ProposalRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ProposalReplyResult" AS ENUM ('A', 'B', 'C');

-- CreateEnum
CREATE TYPE "ProposalSatisfaction" AS ENUM ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED');

-- CreateEnum
CREATE TYPE "ProposalFeedbackDecision" AS ENUM ('CLOSED', 'REHANDLE');

-- CreateEnum
CREATE TYPE "ProposalAttachmentKind" AS ENUM ('PROPOSAL', 'REPLY');

-- CreateEnum
CREATE TYPE "ProposalReminderKind" AS ENUM ('NOT_SIGNED', 'DEADLINE_NEAR', 'OVERDUE');

-- CreateTable
CREATE TABLE "proposal_category" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "parent_id" UUID,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "proposal_category_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "proposal_setting" (
    "tenant_id" UUID NOT NULL,
    "assign_deadline_months" INTEGER NOT NULL,
    "return_window_days" INTEGER NOT NULL,
    "reminder_days_before_deadline" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "proposal_setting_pkey" PRIMARY KEY ("tenant_id")
);

-- CreateTable
CREATE TABLE "proposal" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "meeting_id" UUID,
    "category_id" UUID,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "reasons" TEXT,
    "suggestions" TEXT,
    "submitter_type" "ProposalSubmitterType" NOT NULL,
    "member_id" UUID,
    "collective_id" UUID,
    "submitter_name" TEXT NOT NULL,
    "created_by" UUID NOT NULL,
    "entered_by_office" BOOLEAN NOT NULL DEFAULT false,
    "state" "ProposalState" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "case_number" TEXT,
    "case_seq" INTEGER,
    "is_key" BOOLEAN NOT NULL DEFAULT false,
    "key_supervisor" TEXT,
    "not_filed_destination" "ProposalNotFiledDestination",
    "not_filed_reason" TEXT,
    "return_reason" TEXT,
    "round" INTEGER NOT NULL DEFAULT 1,
    "terms" TEXT[],
    "submitted_at" TIMESTAMPTZ(3),
    "filed_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "proposal_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "proposal_cosigner" (
    "tenant_id" UUID NOT NULL,
    "proposal_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "member_name" TEXT NOT NULL,
    "status" "ProposalCosignStatus" NOT NULL DEFAULT 'INVITED',
    "comment" TEXT,
    "invited_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answered_at" TIMESTAMPTZ(3),

    CONSTRAINT "proposal_cosigner_pkey" PRIMARY KEY ("tenant_id","proposal_id","member_id")
);

-- CreateTable
CREATE TABLE "proposal_event" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "proposal_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "from_state" "ProposalState" NOT NULL,
    "to_state" "ProposalState" NOT NULL,
    "actor_id" UUID,
    "actor_name" TEXT NOT NULL,
    "comment" TEXT,
    "detail" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "proposal_event_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "proposal_case_counter" (
    "tenant_id" UUID NOT NULL,
    "scope_id" UUID NOT NULL,
    "last_seq" INTEGER NOT NULL,

    CONSTRAINT "proposal_case_counter_pkey" PRIMARY KEY ("tenant_id","scope_id")
);

-- CreateTable
CREATE TABLE "proposal_assignment" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "proposal_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "role" "ProposalAssignmentRole" NOT NULL,
    "status" "ProposalAssignmentStatus" NOT NULL DEFAULT 'ACTIVE',
    "deadline" DATE NOT NULL,
    "assigned_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assigned_by" UUID NOT NULL,
    "signed_at" TIMESTAMPTZ(3),
    "signed_by" UUID,
    "replied_at" TIMESTAMPTZ(3),
    "ended_at" TIMESTAMPTZ(3),

    CONSTRAINT "proposal_assignment_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "proposal_assignment_request" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "assignment_id" UUID NOT NULL,
    "proposal_id" UUID NOT NULL,
    "kind" "ProposalRequestKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "requested_deadline" DATE,
    "status" "ProposalRequestStatus" NOT NULL DEFAULT 'PENDING',
    "requested_by" UUID NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_by" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "decision_comment" TEXT,

    CONSTRAINT "proposal_assignment_request_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "proposal_reply" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "proposal_id" UUID NOT NULL,
    "assignment_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "is_lead" BOOLEAN NOT NULL,
    "result" "ProposalReplyResult",
    "content" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "replied_by" UUID NOT NULL,
    "replied_by_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "proposal_reply_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "proposal_feedback" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "proposal_id" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "satisfaction" "ProposalSatisfaction" NOT NULL,
    "comment" TEXT,
    "submitted_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision" "ProposalFeedbackDecision",
    "decided_by" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "decision_comment" TEXT,

    CONSTRAINT "proposal_feedback_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "proposal_attachment" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "proposal_id" UUID NOT NULL,
    "kind" "ProposalAttachmentKind" NOT NULL,
    "unit_id" UUID,
    "reply_id" UUID,
    "name" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "uploaded_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "proposal_attachment_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "proposal_reminder" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "proposal_id" UUID NOT NULL,
    "assignment_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "kind" "ProposalReminderKind" NOT NULL,
    "day" DATE NOT NULL,
    "message" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(3),

    CONSTRAINT "proposal_reminder_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "proposal_category_tenant_id_parent_id_sort_order_idx" ON "proposal_category"("tenant_id", "parent_id", "sort_order");

-- CreateIndex
CREATE UNIQUE INDEX "proposal_category_tenant_id_name_key" ON "proposal_category"("tenant_id", "name");

-- CreateIndex
CREATE INDEX "proposal_tenant_id_session_id_state_idx" ON "proposal"("tenant_id", "session_id", "state");

-- CreateIndex
CREATE INDEX "proposal_tenant_id_state_submitted_at_idx" ON "proposal"("tenant_id", "state", "submitted_at");

-- CreateIndex
CREATE INDEX "proposal_tenant_id_category_id_idx" ON "proposal"("tenant_id", "category_id");

-- CreateIndex
CREATE INDEX "proposal_tenant_id_member_id_idx" ON "proposal"("tenant_id", "member_id");

-- CreateIndex
CREATE INDEX "proposal_tenant_id_collective_id_idx" ON "proposal"("tenant_id", "collective_id");

-- CreateIndex
CREATE INDEX "proposal_tenant_id_session_id_case_seq_idx" ON "proposal"("tenant_id", "session_id", "case_seq");

-- CreateIndex
CREATE UNIQUE INDEX "proposal_tenant_id_case_number_key" ON "proposal"("tenant_id", "case_number");

-- CreateIndex
CREATE INDEX "proposal_cosigner_tenant_id_member_id_status_idx" ON "proposal_cosigner"("tenant_id", "member_id", "status");

-- CreateIndex
CREATE INDEX "proposal_event_tenant_id_proposal_id_created_at_idx" ON "proposal_event"("tenant_id", "proposal_id", "created_at");

-- CreateIndex
CREATE INDEX "proposal_assignment_tenant_id_proposal_id_idx" ON "proposal_assignment"("tenant_id", "proposal_id");

-- CreateIndex
CREATE INDEX "proposal_assignment_tenant_id_unit_id_status_deadline_idx" ON "proposal_assignment"("tenant_id", "unit_id", "status", "deadline");

-- CreateIndex
CREATE INDEX "proposal_assignment_request_tenant_id_status_kind_idx" ON "proposal_assignment_request"("tenant_id", "status", "kind");

-- CreateIndex
CREATE INDEX "proposal_assignment_request_tenant_id_proposal_id_idx" ON "proposal_assignment_request"("tenant_id", "proposal_id");

-- CreateIndex
CREATE INDEX "proposal_reply_tenant_id_proposal_id_idx" ON "proposal_reply"("tenant_id", "proposal_id");

-- CreateIndex
CREATE UNIQUE INDEX "proposal_reply_tenant_id_assignment_id_round_key" ON "proposal_reply"("tenant_id", "assignment_id", "round");

-- CreateIndex
CREATE INDEX "proposal_feedback_tenant_id_satisfaction_idx" ON "proposal_feedback"("tenant_id", "satisfaction");

-- CreateIndex
CREATE UNIQUE INDEX "proposal_feedback_tenant_id_proposal_id_round_key" ON "proposal_feedback"("tenant_id", "proposal_id", "round");

-- CreateIndex
CREATE INDEX "proposal_attachment_tenant_id_proposal_id_idx" ON "proposal_attachment"("tenant_id", "proposal_id");

-- CreateIndex
CREATE INDEX "proposal_reminder_tenant_id_unit_id_day_idx" ON "proposal_reminder"("tenant_id", "unit_id", "day");

-- CreateIndex
CREATE UNIQUE INDEX "proposal_reminder_tenant_id_assignment_id_kind_day_key" ON "proposal_reminder"("tenant_id", "assignment_id", "kind", "day");

-- AddForeignKey
ALTER TABLE "proposal_category" ADD CONSTRAINT "proposal_category_tenant_id_parent_id_fkey" FOREIGN KEY ("tenant_id", "parent_id") REFERENCES "proposal_category"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_tenant_id_category_id_fkey" FOREIGN KEY ("tenant_id", "category_id") REFERENCES "proposal_category"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_cosigner" ADD CONSTRAINT "proposal_cosigner_tenant_id_proposal_id_fkey" FOREIGN KEY ("tenant_id", "proposal_id") REFERENCES "proposal"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_event" ADD CONSTRAINT "proposal_event_tenant_id_proposal_id_fkey" FOREIGN KEY ("tenant_id", "proposal_id") REFERENCES "proposal"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_assignment" ADD CONSTRAINT "proposal_assignment_tenant_id_proposal_id_fkey" FOREIGN KEY ("tenant_id", "proposal_id") REFERENCES "proposal"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_assignment_request" ADD CONSTRAINT "proposal_assignment_request_tenant_id_assignment_id_fkey" FOREIGN KEY ("tenant_id", "assignment_id") REFERENCES "proposal_assignment"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_assignment_request" ADD CONSTRAINT "proposal_assignment_request_tenant_id_proposal_id_fkey" FOREIGN KEY ("tenant_id", "proposal_id") REFERENCES "proposal"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_reply" ADD CONSTRAINT "proposal_reply_tenant_id_proposal_id_fkey" FOREIGN KEY ("tenant_id", "proposal_id") REFERENCES "proposal"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_reply" ADD CONSTRAINT "proposal_reply_tenant_id_assignment_id_fkey" FOREIGN KEY ("tenant_id", "assignment_id") REFERENCES "proposal_assignment"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_feedback" ADD CONSTRAINT "proposal_feedback_tenant_id_proposal_id_fkey" FOREIGN KEY ("tenant_id", "proposal_id") REFERENCES "proposal"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_attachment" ADD CONSTRAINT "proposal_attachment_tenant_id_proposal_id_fkey" FOREIGN KEY ("tenant_id", "proposal_id") REFERENCES "proposal"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_attachment" ADD CONSTRAINT "proposal_attachment_tenant_id_reply_id_fkey" FOREIGN KEY ("tenant_id", "reply_id") REFERENCES "proposal_reply"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_reminder" ADD CONSTRAINT "proposal_reminder_tenant_id_proposal_id_fkey" FOREIGN KEY ("tenant_id", "proposal_id") REFERENCES "proposal"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_reminder" ADD CONSTRAINT "proposal_reminder_tenant_id_assignment_id_fkey" FOREIGN KEY ("tenant_id", "assignment_id") REFERENCES "proposal_assignment"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ── Written by hand (not expressible in the Prisma schema) ─────────────────────────────────────

-- Links into the foundation and members/organisation tables, always through (tenant_id, …): a proposal can
-- never point at another committee's session, member, collective or unit.
ALTER TABLE "proposal_category" ADD CONSTRAINT "proposal_category_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "proposal_setting" ADD CONSTRAINT "proposal_setting_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_session_fkey" FOREIGN KEY ("tenant_id", "session_id") REFERENCES "committee_session"("tenant_id", "id") ON DELETE RESTRICT;
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_meeting_fkey" FOREIGN KEY ("tenant_id", "meeting_id") REFERENCES "session_meeting"("tenant_id", "id") ON DELETE RESTRICT;
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_member_fkey" FOREIGN KEY ("tenant_id", "member_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE RESTRICT;
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_collective_fkey" FOREIGN KEY ("tenant_id", "collective_id") REFERENCES "collective_submitter"("tenant_id", "id") ON DELETE RESTRICT;
ALTER TABLE "proposal_cosigner" ADD CONSTRAINT "proposal_cosigner_member_fkey" FOREIGN KEY ("tenant_id", "member_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE RESTRICT;
ALTER TABLE "proposal_assignment" ADD CONSTRAINT "proposal_assignment_unit_fkey" FOREIGN KEY ("tenant_id", "unit_id") REFERENCES "handling_unit"("tenant_id", "id") ON DELETE RESTRICT;
ALTER TABLE "proposal_reply" ADD CONSTRAINT "proposal_reply_unit_fkey" FOREIGN KEY ("tenant_id", "unit_id") REFERENCES "handling_unit"("tenant_id", "id") ON DELETE RESTRICT;
ALTER TABLE "proposal_reminder" ADD CONSTRAINT "proposal_reminder_unit_fkey" FOREIGN KEY ("tenant_id", "unit_id") REFERENCES "handling_unit"("tenant_id", "id") ON DELETE RESTRICT;
ALTER TABLE "proposal_case_counter" ADD CONSTRAINT "proposal_case_counter_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;

-- Exactly one submitter, matching the submitter type.
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_submitter" CHECK (
  ("submitter_type" = 'MEMBER' AND "member_id" IS NOT NULL AND "collective_id" IS NULL) OR
  ("submitter_type" = 'COLLECTIVE' AND "collective_id" IS NOT NULL AND "member_id" IS NULL));
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_case_number_filed" CHECK (("case_number" IS NULL) = ("case_seq" IS NULL));
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_version_nonnegative" CHECK ("version" >= 0);
ALTER TABLE "proposal_setting" ADD CONSTRAINT "proposal_setting_ranges" CHECK (
  "assign_deadline_months" BETWEEN 1 AND 24 AND "return_window_days" BETWEEN 1 AND 90 AND "reminder_days_before_deadline" BETWEEN 1 AND 60);
ALTER TABLE "proposal_assignment_request" ADD CONSTRAINT "proposal_request_extension_date" CHECK ("kind" <> 'EXTENSION' OR "requested_deadline" IS NOT NULL);

-- One active assignment per unit and proposal; one active lead unit per proposal; one pending request of a kind per assignment.
CREATE UNIQUE INDEX "proposal_assignment_one_active_unit" ON "proposal_assignment"("tenant_id", "proposal_id", "unit_id") WHERE "status" = 'ACTIVE';
CREATE UNIQUE INDEX "proposal_assignment_one_active_lead" ON "proposal_assignment"("tenant_id", "proposal_id") WHERE "status" = 'ACTIVE' AND "role" = 'LEAD';
CREATE UNIQUE INDEX "proposal_request_one_pending" ON "proposal_assignment_request"("tenant_id", "assignment_id", "kind") WHERE "status" = 'PENDING';
CREATE INDEX "proposal_key_idx" ON "proposal"("tenant_id", "session_id") WHERE "is_key";

-- Title, submitter and case-number search by substring (pg_trgm, created by the members migration).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "proposal_title_trgm_idx" ON "proposal" USING GIN ("title" gin_trgm_ops);
CREATE INDEX "proposal_submitter_name_trgm_idx" ON "proposal" USING GIN ("submitter_name" gin_trgm_ops);
