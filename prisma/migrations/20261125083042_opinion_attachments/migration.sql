-- CreateTable
CREATE TABLE "opinion_attachment" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "opinion_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "uploaded_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "opinion_attachment_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "opinion_attachment_tenant_id_opinion_id_idx" ON "opinion_attachment"("tenant_id", "opinion_id");

-- AddForeignKey
ALTER TABLE "opinion_attachment" ADD CONSTRAINT "opinion_attachment_tenant_id_opinion_id_fkey" FOREIGN KEY ("tenant_id", "opinion_id") REFERENCES "opinion"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The upload checks these too; the database keeps them true whatever writes (5 MB, size matches content).
ALTER TABLE "opinion_attachment" ADD CONSTRAINT "opinion_attachment_size" CHECK ("size" BETWEEN 1 AND 5242880 AND octet_length("content") = "size");
