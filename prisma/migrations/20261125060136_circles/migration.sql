-- CreateEnum
CREATE TYPE "CircleKind" AS ENUM ('SPECIAL_COMMITTEE', 'SECTOR', 'OPEN');

-- CreateEnum
CREATE TYPE "CirclePostStatus" AS ENUM ('VISIBLE', 'HIDDEN', 'DELETED');

-- CreateEnum
CREATE TYPE "CircleReportCategory" AS ENUM ('ILLEGAL', 'FALSE_INFO', 'ABUSE', 'ADVERTISING', 'OTHER');

-- CreateEnum
CREATE TYPE "CircleReportStatus" AS ENUM ('OPEN', 'RESOLVED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "CircleModerationAction" AS ENUM ('HIDE', 'UNHIDE', 'DELETE', 'PIN', 'UNPIN', 'DISMISS_REPORTS', 'DELETE_COMMENT', 'BAN', 'LIFT_BAN');

-- CreateTable
CREATE TABLE "circle" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "kind" "CircleKind" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "dict_item_id" UUID,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "circle_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "circle_member" (
    "tenant_id" UUID NOT NULL,
    "circle_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "joined_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "circle_member_pkey" PRIMARY KEY ("tenant_id","circle_id","member_id")
);

-- CreateTable
CREATE TABLE "circle_post" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "circle_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "status" "CirclePostStatus" NOT NULL DEFAULT 'VISIBLE',
    "pinned_at" TIMESTAMPTZ(3),
    "moderated_at" TIMESTAMPTZ(3),
    "moderation_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "circle_post_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "circle_post_image" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "post_id" UUID,
    "uploader_id" UUID NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "circle_post_image_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "circle_comment" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "post_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "circle_comment_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "circle_like" (
    "tenant_id" UUID NOT NULL,
    "post_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "circle_like_pkey" PRIMARY KEY ("tenant_id","post_id","member_id")
);

-- CreateTable
CREATE TABLE "circle_report" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "post_id" UUID NOT NULL,
    "reporter_id" UUID NOT NULL,
    "category" "CircleReportCategory" NOT NULL,
    "note" TEXT,
    "status" "CircleReportStatus" NOT NULL DEFAULT 'OPEN',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handled_at" TIMESTAMPTZ(3),
    "handled_by" UUID,

    CONSTRAINT "circle_report_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "circle_ban" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "circle_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "days" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "until" TIMESTAMPTZ(3) NOT NULL,
    "created_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lifted_at" TIMESTAMPTZ(3),
    "lifted_by" UUID,
    "lift_reason" TEXT,

    CONSTRAINT "circle_ban_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "circle_moderation" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "circle_id" UUID NOT NULL,
    "post_id" UUID,
    "comment_id" UUID,
    "member_id" UUID,
    "action" "CircleModerationAction" NOT NULL,
    "reason" TEXT NOT NULL,
    "ban_days" INTEGER,
    "actor_id" UUID NOT NULL,
    "actor_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "circle_moderation_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "circle_tenant_id_kind_name_idx" ON "circle"("tenant_id", "kind", "name");

-- CreateIndex
CREATE UNIQUE INDEX "circle_tenant_id_dict_item_id_key" ON "circle"("tenant_id", "dict_item_id");

-- CreateIndex
CREATE INDEX "circle_member_tenant_id_member_id_idx" ON "circle_member"("tenant_id", "member_id");

-- CreateIndex
CREATE INDEX "circle_post_tenant_id_circle_id_status_created_at_id_idx" ON "circle_post"("tenant_id", "circle_id", "status", "created_at" DESC, "id");

-- CreateIndex
CREATE INDEX "circle_post_tenant_id_author_id_idx" ON "circle_post"("tenant_id", "author_id");

-- CreateIndex
CREATE INDEX "circle_post_tenant_id_status_created_at_idx" ON "circle_post"("tenant_id", "status", "created_at" DESC);

-- CreateIndex
CREATE INDEX "circle_post_image_tenant_id_post_id_sort_order_idx" ON "circle_post_image"("tenant_id", "post_id", "sort_order");

-- CreateIndex
CREATE INDEX "circle_post_image_tenant_id_uploader_id_created_at_idx" ON "circle_post_image"("tenant_id", "uploader_id", "created_at");

-- CreateIndex
CREATE INDEX "circle_comment_tenant_id_post_id_created_at_idx" ON "circle_comment"("tenant_id", "post_id", "created_at");

-- CreateIndex
CREATE INDEX "circle_report_tenant_id_status_created_at_idx" ON "circle_report"("tenant_id", "status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "circle_report_tenant_id_post_id_reporter_id_key" ON "circle_report"("tenant_id", "post_id", "reporter_id");

-- CreateIndex
CREATE INDEX "circle_ban_tenant_id_circle_id_member_id_until_idx" ON "circle_ban"("tenant_id", "circle_id", "member_id", "until");

-- CreateIndex
CREATE INDEX "circle_moderation_tenant_id_circle_id_created_at_idx" ON "circle_moderation"("tenant_id", "circle_id", "created_at");

-- CreateIndex
CREATE INDEX "circle_moderation_tenant_id_post_id_created_at_idx" ON "circle_moderation"("tenant_id", "post_id", "created_at");

-- AddForeignKey
ALTER TABLE "circle_member" ADD CONSTRAINT "circle_member_tenant_id_circle_id_fkey" FOREIGN KEY ("tenant_id", "circle_id") REFERENCES "circle"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "circle_post" ADD CONSTRAINT "circle_post_tenant_id_circle_id_fkey" FOREIGN KEY ("tenant_id", "circle_id") REFERENCES "circle"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "circle_post_image" ADD CONSTRAINT "circle_post_image_tenant_id_post_id_fkey" FOREIGN KEY ("tenant_id", "post_id") REFERENCES "circle_post"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "circle_comment" ADD CONSTRAINT "circle_comment_tenant_id_post_id_fkey" FOREIGN KEY ("tenant_id", "post_id") REFERENCES "circle_post"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "circle_like" ADD CONSTRAINT "circle_like_tenant_id_post_id_fkey" FOREIGN KEY ("tenant_id", "post_id") REFERENCES "circle_post"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "circle_report" ADD CONSTRAINT "circle_report_tenant_id_post_id_fkey" FOREIGN KEY ("tenant_id", "post_id") REFERENCES "circle_post"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "circle_ban" ADD CONSTRAINT "circle_ban_tenant_id_circle_id_fkey" FOREIGN KEY ("tenant_id", "circle_id") REFERENCES "circle"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "circle_moderation" ADD CONSTRAINT "circle_moderation_tenant_id_circle_id_fkey" FOREIGN KEY ("tenant_id", "circle_id") REFERENCES "circle"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "circle_moderation" ADD CONSTRAINT "circle_moderation_tenant_id_post_id_fkey" FOREIGN KEY ("tenant_id", "post_id") REFERENCES "circle_post"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ── Written by hand (see docs/ARCHITECTURE.md "Foreign keys written by hand") ───────────────────

-- Committee links, and links into the members module: each carries tenant_id, so none can cross tenants.
ALTER TABLE "circle" ADD CONSTRAINT "circle_tenant_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
-- The 专委会/界别 a circle mirrors. Deleting an unused dictionary entry keeps the circle (and its posts),
-- unlinked: only the column is cleared (PostgreSQL 15 column list), never tenant_id.
ALTER TABLE "circle" ADD CONSTRAINT "circle_dict_item_fkey"
  FOREIGN KEY ("tenant_id", "dict_item_id") REFERENCES "dict_item"("tenant_id", "id") ON DELETE SET NULL ("dict_item_id");
-- A deleted member profile takes its circle rows with it (as its meeting invitations).
ALTER TABLE "circle_member" ADD CONSTRAINT "circle_member_member_fkey"
  FOREIGN KEY ("tenant_id", "member_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "circle_post" ADD CONSTRAINT "circle_post_author_fkey"
  FOREIGN KEY ("tenant_id", "author_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "circle_post_image" ADD CONSTRAINT "circle_post_image_uploader_fkey"
  FOREIGN KEY ("tenant_id", "uploader_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "circle_comment" ADD CONSTRAINT "circle_comment_author_fkey"
  FOREIGN KEY ("tenant_id", "author_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "circle_like" ADD CONSTRAINT "circle_like_member_fkey"
  FOREIGN KEY ("tenant_id", "member_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "circle_report" ADD CONSTRAINT "circle_report_reporter_fkey"
  FOREIGN KEY ("tenant_id", "reporter_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "circle_ban" ADD CONSTRAINT "circle_ban_member_fkey"
  FOREIGN KEY ("tenant_id", "member_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "circle_moderation" ADD CONSTRAINT "circle_moderation_member_fkey"
  FOREIGN KEY ("tenant_id", "member_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE SET NULL ("member_id");

-- Rules the use-cases enforce, held again by the database.
ALTER TABLE "circle" ADD CONSTRAINT "circle_open_unlinked" CHECK ("kind" <> 'OPEN' OR "dict_item_id" IS NULL);
ALTER TABLE "circle_post" ADD CONSTRAINT "circle_post_text_length" CHECK (char_length("text") <= 2000);
ALTER TABLE "circle_comment" ADD CONSTRAINT "circle_comment_text_length" CHECK (char_length("text") BETWEEN 1 AND 500);
ALTER TABLE "circle_post_image" ADD CONSTRAINT "circle_post_image_size" CHECK (octet_length("content") = "size" AND "size" <= 2097152);
ALTER TABLE "circle_ban" ADD CONSTRAINT "circle_ban_days" CHECK ("days" BETWEEN 1 AND 365 AND "until" > "created_at");
ALTER TABLE "circle_moderation" ADD CONSTRAINT "circle_moderation_reason" CHECK (char_length(btrim("reason")) > 0);

-- The live feed (visible posts of a circle, newest first) and the open moderation queue.
CREATE INDEX "circle_post_pinned_idx" ON "circle_post"("tenant_id", "circle_id") WHERE "pinned_at" IS NOT NULL AND "status" = 'VISIBLE';
CREATE INDEX "circle_report_open_idx" ON "circle_report"("tenant_id", "post_id") WHERE "status" = 'OPEN';
