-- CreateEnum
CREATE TYPE "MeetingCategory" AS ENUM ('MEETING', 'ACTIVITY');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED', 'FINISHED');

-- CreateEnum
CREATE TYPE "MeetingReply" AS ENUM ('NONE', 'ATTEND', 'LEAVE');

-- CreateEnum
CREATE TYPE "MeetingLeaveStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "MeetingAttendance" AS ENUM ('ATTENDED', 'LEAVE', 'ABSENT');

-- CreateEnum
CREATE TYPE "MeetingCheckInMethod" AS ENUM ('QR', 'STAFF', 'LEAVE_APPROVAL', 'FINISH');

-- CreateEnum
CREATE TYPE "MeetingNoticeKind" AS ENUM ('INVITED', 'CHANGED', 'CANCELLED', 'UNINVITED', 'LEAVE_APPROVED', 'LEAVE_REJECTED');

-- CreateEnum
CREATE TYPE "MeetingSpeechStatus" AS ENUM ('SUBMITTED', 'SELECTED', 'REJECTED', 'DELIVERED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "PhotoStoryStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateTable
CREATE TABLE "meeting_kind" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "category" "MeetingCategory" NOT NULL,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "meeting_kind_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "meeting" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "category" "MeetingCategory" NOT NULL,
    "kind_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL,
    "agenda" TEXT,
    "organiser" TEXT,
    "invite_rules" JSONB NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "cancel_reason" TEXT,
    "finished_at" TIMESTAMPTZ(3),
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "meeting_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "meeting_invitation" (
    "tenant_id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "invited_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reply" "MeetingReply" NOT NULL DEFAULT 'NONE',
    "replied_at" TIMESTAMPTZ(3),
    "leave_reason" TEXT,
    "leave_status" "MeetingLeaveStatus",
    "leave_reviewed_by" UUID,
    "leave_reviewer_name" TEXT,
    "leave_reviewed_at" TIMESTAMPTZ(3),
    "leave_review_note" TEXT,
    "attendance" "MeetingAttendance",
    "attendance_at" TIMESTAMPTZ(3),
    "attendance_method" "MeetingCheckInMethod",
    "attendance_by" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_invitation_pkey" PRIMARY KEY ("tenant_id","meeting_id","member_id")
);

-- CreateTable
CREATE TABLE "meeting_guest" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT,
    "role" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_guest_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "meeting_document" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "file_name" TEXT,
    "mime" TEXT,
    "size" INTEGER,
    "content" BYTEA,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "meeting_document_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "meeting_notice" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "kind" "MeetingNoticeKind" NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "delivered_at" TIMESTAMPTZ(3),

    CONSTRAINT "meeting_notice_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "meeting_speech" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "status" "MeetingSpeechStatus" NOT NULL DEFAULT 'SUBMITTED',
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewed_by" UUID,
    "reviewer_name" TEXT,
    "reviewed_at" TIMESTAMPTZ(3),
    "review_note" TEXT,
    "delivered_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "meeting_speech_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "photo_story" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "meeting_id" UUID,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "PhotoStoryStatus" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(3),
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "photo_story_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "photo_story_image" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "story_id" UUID NOT NULL,
    "caption" TEXT,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "photo_story_image_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "meeting_kind_tenant_id_category_name_key" ON "meeting_kind"("tenant_id", "category", "name");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_kind_tenant_id_id_category_key" ON "meeting_kind"("tenant_id", "id", "category");

-- CreateIndex
CREATE INDEX "meeting_tenant_id_starts_at_idx" ON "meeting"("tenant_id", "starts_at");

-- CreateIndex
CREATE INDEX "meeting_tenant_id_category_status_starts_at_idx" ON "meeting"("tenant_id", "category", "status", "starts_at");

-- CreateIndex
CREATE INDEX "meeting_tenant_id_kind_id_idx" ON "meeting"("tenant_id", "kind_id");

-- CreateIndex
CREATE INDEX "meeting_tenant_id_session_id_starts_at_idx" ON "meeting"("tenant_id", "session_id", "starts_at");

-- CreateIndex
CREATE INDEX "meeting_invitation_tenant_id_member_id_attendance_idx" ON "meeting_invitation"("tenant_id", "member_id", "attendance");

-- CreateIndex
CREATE INDEX "meeting_invitation_tenant_id_meeting_id_attendance_idx" ON "meeting_invitation"("tenant_id", "meeting_id", "attendance");

-- CreateIndex
CREATE INDEX "meeting_guest_tenant_id_meeting_id_sort_order_idx" ON "meeting_guest"("tenant_id", "meeting_id", "sort_order");

-- CreateIndex
CREATE INDEX "meeting_document_tenant_id_meeting_id_sort_order_idx" ON "meeting_document"("tenant_id", "meeting_id", "sort_order");

-- CreateIndex
CREATE INDEX "meeting_notice_tenant_id_meeting_id_idx" ON "meeting_notice"("tenant_id", "meeting_id");

-- CreateIndex
CREATE INDEX "meeting_speech_tenant_id_meeting_id_status_idx" ON "meeting_speech"("tenant_id", "meeting_id", "status");

-- CreateIndex
CREATE INDEX "meeting_speech_tenant_id_member_id_idx" ON "meeting_speech"("tenant_id", "member_id");

-- CreateIndex
CREATE INDEX "photo_story_tenant_id_status_published_at_idx" ON "photo_story"("tenant_id", "status", "published_at");

-- CreateIndex
CREATE INDEX "photo_story_image_tenant_id_story_id_sort_order_idx" ON "photo_story_image"("tenant_id", "story_id", "sort_order");

-- AddForeignKey
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_tenant_id_kind_id_category_fkey" FOREIGN KEY ("tenant_id", "kind_id", "category") REFERENCES "meeting_kind"("tenant_id", "id", "category") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_invitation" ADD CONSTRAINT "meeting_invitation_tenant_id_meeting_id_fkey" FOREIGN KEY ("tenant_id", "meeting_id") REFERENCES "meeting"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_guest" ADD CONSTRAINT "meeting_guest_tenant_id_meeting_id_fkey" FOREIGN KEY ("tenant_id", "meeting_id") REFERENCES "meeting"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_document" ADD CONSTRAINT "meeting_document_tenant_id_meeting_id_fkey" FOREIGN KEY ("tenant_id", "meeting_id") REFERENCES "meeting"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_notice" ADD CONSTRAINT "meeting_notice_tenant_id_meeting_id_fkey" FOREIGN KEY ("tenant_id", "meeting_id") REFERENCES "meeting"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_speech" ADD CONSTRAINT "meeting_speech_tenant_id_meeting_id_fkey" FOREIGN KEY ("tenant_id", "meeting_id") REFERENCES "meeting"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_story" ADD CONSTRAINT "photo_story_tenant_id_meeting_id_fkey" FOREIGN KEY ("tenant_id", "meeting_id") REFERENCES "meeting"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_story_image" ADD CONSTRAINT "photo_story_image_tenant_id_story_id_fkey" FOREIGN KEY ("tenant_id", "story_id") REFERENCES "photo_story"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ── Written by hand (see docs/ARCHITECTURE.md "Foreign keys written by hand") ───────────────────

-- Committee links, and links into the members module: each carries tenant_id, so none can cross tenants.
ALTER TABLE "meeting_kind" ADD CONSTRAINT "meeting_kind_tenant_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_tenant_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "photo_story" ADD CONSTRAINT "photo_story_tenant_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_session_fkey"
  FOREIGN KEY ("tenant_id", "session_id") REFERENCES "committee_session"("tenant_id", "id") ON DELETE RESTRICT;
-- A deleted member profile takes its invitations, notices and speeches with it (as its performance events).
ALTER TABLE "meeting_invitation" ADD CONSTRAINT "meeting_invitation_member_fkey"
  FOREIGN KEY ("tenant_id", "member_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "meeting_notice" ADD CONSTRAINT "meeting_notice_member_fkey"
  FOREIGN KEY ("tenant_id", "member_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "meeting_speech" ADD CONSTRAINT "meeting_speech_member_fkey"
  FOREIGN KEY ("tenant_id", "member_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE CASCADE;

ALTER TABLE "meeting" ADD CONSTRAINT "meeting_times" CHECK ("ends_at" >= "starts_at");
ALTER TABLE "meeting_document" ADD CONSTRAINT "meeting_document_has_content" CHECK ("body" IS NOT NULL OR "content" IS NOT NULL);
ALTER TABLE "meeting_document" ADD CONSTRAINT "meeting_document_file_size" CHECK ("content" IS NULL OR (octet_length("content") = "size" AND "size" <= 10485760));
ALTER TABLE "photo_story_image" ADD CONSTRAINT "photo_story_image_size" CHECK (octet_length("content") = "size" AND "size" <= 2097152);
-- A leave request always has its reason.
ALTER TABLE "meeting_invitation" ADD CONSTRAINT "meeting_invitation_leave_reason" CHECK ("leave_status" IS NULL OR "leave_reason" IS NOT NULL);

-- The undelivered outbox, oldest first, is what the notification job reads.
CREATE INDEX "meeting_notice_undelivered_idx" ON "meeting_notice"("tenant_id", "created_at") WHERE "delivered_at" IS NULL;
