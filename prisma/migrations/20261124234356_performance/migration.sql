-- CreateTable
CREATE TABLE "performance_event" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "source_type" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "points" DECIMAL(8,2),
    "note" TEXT,
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "performance_event_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "performance_event_tenant_id_member_id_occurred_at_idx" ON "performance_event"("tenant_id", "member_id", "occurred_at");

-- CreateIndex
CREATE INDEX "performance_event_tenant_id_kind_occurred_at_idx" ON "performance_event"("tenant_id", "kind", "occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "performance_event_tenant_id_kind_source_type_source_id_memb_key" ON "performance_event"("tenant_id", "kind", "source_type", "source_id", "member_id");

-- Hand-written foreign keys (see docs/ARCHITECTURE.md): same-tenant links only.
ALTER TABLE "performance_event" ADD CONSTRAINT "performance_event_tenant_fkey"
  FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "performance_event" ADD CONSTRAINT "performance_event_member_fkey"
  FOREIGN KEY ("tenant_id", "member_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
