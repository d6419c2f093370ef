-- CreateEnum
CREATE TYPE "NoticeAudience" AS ENUM ('ALL_MEMBERS', 'ALL_USERS', 'SELECTED');

-- CreateEnum
CREATE TYPE "NoticeStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "notice" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "audience" "NoticeAudience" NOT NULL,
    "sector_ids" UUID[],
    "party_ids" UUID[],
    "special_committee_ids" UUID[],
    "sms" BOOLEAN NOT NULL DEFAULT false,
    "status" "NoticeStatus" NOT NULL DEFAULT 'DRAFT',
    "recipient_count" INTEGER NOT NULL DEFAULT 0,
    "published_at" TIMESTAMPTZ(3),
    "published_by" TEXT,
    "withdrawn_at" TIMESTAMPTZ(3),
    "withdraw_reason" TEXT,
    "last_reminded_at" TIMESTAMPTZ(3),
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "notice_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "notice_receipt" (
    "tenant_id" UUID NOT NULL,
    "notice_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "read_at" TIMESTAMPTZ(3),

    CONSTRAINT "notice_receipt_pkey" PRIMARY KEY ("tenant_id","notice_id","user_id")
);

-- CreateIndex
CREATE INDEX "notice_tenant_id_status_published_at_idx" ON "notice"("tenant_id", "status", "published_at" DESC);

-- CreateIndex
CREATE INDEX "notice_tenant_id_created_at_idx" ON "notice"("tenant_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "notice_receipt_tenant_id_notice_id_read_at_idx" ON "notice_receipt"("tenant_id", "notice_id", "read_at");

-- CreateIndex
CREATE INDEX "notice_receipt_tenant_id_user_id_read_at_idx" ON "notice_receipt"("tenant_id", "user_id", "read_at");

-- AddForeignKey
ALTER TABLE "notice_receipt" ADD CONSTRAINT "notice_receipt_tenant_id_notice_id_fkey" FOREIGN KEY ("tenant_id", "notice_id") REFERENCES "notice"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written foreign key (docs/ARCHITECTURE.md): recipients are members of the same committee.
ALTER TABLE "notice_receipt" ADD CONSTRAINT "notice_receipt_membership_fkey"
  FOREIGN KEY ("tenant_id", "user_id") REFERENCES "tenant_membership"("tenant_id", "user_id") ON DELETE CASCADE ON UPDATE CASCADE;
