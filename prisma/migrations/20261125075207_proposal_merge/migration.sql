-- AlterEnum
ALTER TYPE "ProposalNotFiledDestination" ADD VALUE 'MERGED';

-- AlterTable
ALTER TABLE "proposal" ADD COLUMN     "merged_into_id" UUID;

-- CreateIndex
CREATE INDEX "proposal_tenant_id_merged_into_id_idx" ON "proposal"("tenant_id", "merged_into_id");


-- 并案 stays inside one committee: the composite key makes a cross-tenant merge impossible in the database.
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_merged_into_fkey" FOREIGN KEY ("tenant_id", "merged_into_id") REFERENCES "proposal"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
