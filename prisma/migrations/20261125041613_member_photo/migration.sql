-- CreateTable
CREATE TABLE "member_photo" (
    "tenant_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "member_photo_pkey" PRIMARY KEY ("tenant_id","member_id")
);

-- AddForeignKey
ALTER TABLE "member_photo" ADD CONSTRAINT "member_photo_tenant_id_member_id_fkey" FOREIGN KEY ("tenant_id", "member_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The upload route checks these too; the database keeps them true whatever writes.
ALTER TABLE "member_photo" ADD CONSTRAINT "member_photo_kind" CHECK ("mime" IN ('image/jpeg', 'image/png', 'image/webp') AND "size" BETWEEN 1 AND 2097152 AND octet_length("content") = "size");
