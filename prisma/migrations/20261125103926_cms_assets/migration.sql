-- CreateEnum
CREATE TYPE "CmsAssetKind" AS ENUM ('IMAGE', 'ATTACHMENT');

-- AlterTable
ALTER TABLE "cms_article" ADD COLUMN     "cover_asset_id" UUID;

-- CreateTable
CREATE TABLE "cms_asset" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "kind" "CmsAssetKind" NOT NULL,
    "file_name" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "extracted_text" TEXT NOT NULL DEFAULT '',
    "uploaded_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cms_asset_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "cms_asset_tenant_id_article_id_created_at_idx" ON "cms_asset"("tenant_id", "article_id", "created_at");

-- AddForeignKey
ALTER TABLE "cms_asset" ADD CONSTRAINT "cms_asset_tenant_id_article_id_fkey" FOREIGN KEY ("tenant_id", "article_id") REFERENCES "cms_article"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (cms.prisma header): the tenant key, the cover's key (only the cover column is cleared
-- when its asset goes, tenant_id stays), the size limits and the cover/asset pairing rules.
ALTER TABLE "cms_asset" ADD CONSTRAINT "cms_asset_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "cms_article" ADD CONSTRAINT "cms_article_cover_asset_fkey" FOREIGN KEY ("tenant_id", "cover_asset_id")
  REFERENCES "cms_asset"("tenant_id", "id") ON DELETE SET NULL ("cover_asset_id");
ALTER TABLE "cms_asset" ADD CONSTRAINT "cms_asset_size_check" CHECK (
  "size" > 0 AND "size" = octet_length("content")
  AND "size" <= CASE "kind" WHEN 'IMAGE' THEN 5242880 ELSE 20971520 END);
ALTER TABLE "cms_asset" ADD CONSTRAINT "cms_asset_image_mime_check" CHECK (
  "kind" <> 'IMAGE' OR "mime" IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp'));
ALTER TABLE "cms_asset" ADD CONSTRAINT "cms_asset_file_name_check" CHECK (
  length("file_name") BETWEEN 1 AND 210 AND "file_name" !~ '[/\\[:cntrl:]]');
ALTER TABLE "cms_asset" ADD CONSTRAINT "cms_asset_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
