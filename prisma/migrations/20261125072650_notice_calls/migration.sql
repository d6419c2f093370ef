-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('GENERAL', 'PROPOSAL_CALL', 'OPINION_CALL');

-- AlterEnum
ALTER TYPE "NoticeAudience" ADD VALUE 'MEMBERS_AND_COLLECTIVES';

-- AlterTable
ALTER TABLE "notice" ADD COLUMN     "deadline" DATE,
ADD COLUMN     "kind" "NoticeKind" NOT NULL DEFAULT 'GENERAL';

-- CreateIndex
CREATE INDEX "notice_tenant_id_kind_status_deadline_idx" ON "notice"("tenant_id", "kind", "status", "deadline");
