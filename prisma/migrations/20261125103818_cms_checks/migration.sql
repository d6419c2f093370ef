-- CreateTable
CREATE TABLE "cms_check_scan" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "site_id" UUID NOT NULL,
    "trigger" TEXT NOT NULL DEFAULT 'MANUAL',
    "state" "CmsJobState" NOT NULL DEFAULT 'QUEUED',
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "broken_links" INTEGER NOT NULL DEFAULT 0,
    "broken_images" INTEGER NOT NULL DEFAULT 0,
    "external_links" INTEGER NOT NULL DEFAULT 0,
    "sensitive_words" INTEGER NOT NULL DEFAULT 0,
    "stale_channels" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "requested_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "cms_check_scan_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "cms_check_finding" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "scan_id" UUID NOT NULL,
    "channel_id" UUID NOT NULL,
    "article_id" UUID,
    "article_title" TEXT,
    "kind" TEXT NOT NULL,
    "target" TEXT NOT NULL DEFAULT '',
    "detail" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cms_check_finding_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "cms_import_job" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "file_name" TEXT NOT NULL DEFAULT '',
    "format" TEXT NOT NULL,
    "target_state" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "state" "CmsJobState" NOT NULL DEFAULT 'QUEUED',
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "imported" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "rows" JSONB NOT NULL DEFAULT '[]',
    "errors" JSONB NOT NULL DEFAULT '[]',
    "article_ids" UUID[],
    "error" TEXT,
    "requested_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "cms_import_job_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "cms_check_scan_tenant_id_state_created_at_idx" ON "cms_check_scan"("tenant_id", "state", "created_at");

-- CreateIndex
CREATE INDEX "cms_check_scan_tenant_id_created_at_idx" ON "cms_check_scan"("tenant_id", "created_at");

-- CreateIndex
CREATE INDEX "cms_check_finding_tenant_id_scan_id_channel_id_kind_idx" ON "cms_check_finding"("tenant_id", "scan_id", "channel_id", "kind");

-- CreateIndex
CREATE INDEX "cms_import_job_tenant_id_state_created_at_idx" ON "cms_import_job"("tenant_id", "state", "created_at");

-- AddForeignKey
ALTER TABLE "cms_check_finding" ADD CONSTRAINT "cms_check_finding_tenant_id_scan_id_fkey" FOREIGN KEY ("tenant_id", "scan_id") REFERENCES "cms_check_scan"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: tenant foreign keys, checks, and the worker's discovery of due check/import work.
ALTER TABLE "cms_check_scan" ADD CONSTRAINT "cms_check_scan_site_fkey" FOREIGN KEY ("tenant_id", "site_id") REFERENCES "cms_site"("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "cms_check_finding" ADD CONSTRAINT "cms_check_finding_channel_fkey" FOREIGN KEY ("tenant_id", "channel_id") REFERENCES "cms_channel"("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "cms_import_job" ADD CONSTRAINT "cms_import_job_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "cms_check_scan" ADD CONSTRAINT "cms_check_scan_trigger" CHECK ("trigger" IN ('MANUAL', 'SCHEDULED'));
ALTER TABLE "cms_check_finding" ADD CONSTRAINT "cms_check_finding_kind" CHECK ("kind" IN ('BROKEN_LINK', 'BROKEN_IMAGE', 'EXTERNAL_LINK', 'SENSITIVE_WORD', 'STALE_CHANNEL'));
ALTER TABLE "cms_import_job" ADD CONSTRAINT "cms_import_job_format" CHECK ("format" IN ('CSV', 'JSON'));
ALTER TABLE "cms_import_job" ADD CONSTRAINT "cms_import_job_target_state" CHECK ("target_state" IN ('PUBLISHED', 'DRAFT'));

-- Which tenants have check or import work: a queued or abandoned scan or import, or (periodic 站点检查)
-- a site whose newest scan was created before p_scan_before. Ids only; the work runs in each tenant's scope.
CREATE FUNCTION cms_tenants_with_check_work(p_stale_before timestamptz, p_scan_before timestamptz)
RETURNS SETOF uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  saved text := current_setting('app.tenant_id', true);
  t uuid;
BEGIN
  FOR t IN SELECT x.id FROM tenant x ORDER BY x.sort_order LOOP
    PERFORM set_config('app.tenant_id', t::text, true);
    IF EXISTS (SELECT 1 FROM cms_check_scan s WHERE s.tenant_id = t
                 AND (s.state = 'QUEUED' OR (s.state = 'RUNNING' AND s.heartbeat_at < p_stale_before)))
       OR EXISTS (SELECT 1 FROM cms_import_job j WHERE j.tenant_id = t
                 AND (j.state = 'QUEUED' OR (j.state = 'RUNNING' AND j.heartbeat_at < p_stale_before)))
       OR (p_scan_before IS NOT NULL AND EXISTS (SELECT 1 FROM cms_site s WHERE s.tenant_id = t)
           AND NOT EXISTS (SELECT 1 FROM cms_check_scan s WHERE s.tenant_id = t AND s.created_at >= p_scan_before)) THEN
      RETURN NEXT t;
    END IF;
  END LOOP;
  PERFORM set_config('app.tenant_id', coalesce(saved, ''), true);
END $$;
