-- CreateEnum
CREATE TYPE "CmsChannelKind" AS ENUM ('NORMAL', 'VIRTUAL');

-- CreateEnum
CREATE TYPE "CmsArticleState" AS ENUM ('DRAFT', 'PENDING_REVIEW', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "CmsLinkKind" AS ENUM ('REFERENCE', 'MAPPING');

-- CreateEnum
CREATE TYPE "CmsAclSubject" AS ENUM ('USER', 'ROLE', 'DEPARTMENT');

-- CreateEnum
CREATE TYPE "CmsPublishKind" AS ENUM ('FULL', 'INCREMENTAL', 'SPECIFIED');

-- CreateEnum
CREATE TYPE "CmsJobState" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "CmsSubmissionState" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "cms_site" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "footer" TEXT NOT NULL DEFAULT '',
    "last_published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "cms_site_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "cms_department" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cms_department_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "cms_department_member" (
    "tenant_id" UUID NOT NULL,
    "department_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,

    CONSTRAINT "cms_department_member_pkey" PRIMARY KEY ("tenant_id","department_id","user_id")
);

-- CreateTable
CREATE TABLE "cms_channel" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "site_id" UUID NOT NULL,
    "parent_id" UUID,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "CmsChannelKind" NOT NULL DEFAULT 'NORMAL',
    "template" TEXT NOT NULL DEFAULT 'list',
    "list_size" INTEGER NOT NULL DEFAULT 20,
    "visible" BOOLEAN NOT NULL DEFAULT true,
    "sort_rule" TEXT NOT NULL DEFAULT 'PUBLISHED_DESC',
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "description" TEXT NOT NULL DEFAULT '',
    "source_channel_ids" UUID[],
    "field_defs" JSONB NOT NULL DEFAULT '[]',
    "department_id" UUID,
    "update_days" INTEGER,
    "dirty" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "cms_channel_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "cms_channel_acl" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "channel_id" UUID NOT NULL,
    "subject_kind" "CmsAclSubject" NOT NULL,
    "subject_id" TEXT NOT NULL,
    "can_view" BOOLEAN NOT NULL DEFAULT true,
    "can_edit" BOOLEAN NOT NULL DEFAULT false,
    "can_review" BOOLEAN NOT NULL DEFAULT false,
    "can_publish" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cms_channel_acl_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "cms_article" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "no" SERIAL NOT NULL,
    "channel_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT NOT NULL DEFAULT '',
    "author" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL DEFAULT '',
    "keywords" TEXT[],
    "body" TEXT NOT NULL,
    "body_text" TEXT NOT NULL DEFAULT '',
    "custom_fields" JSONB NOT NULL DEFAULT '{}',
    "state" "CmsArticleState" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "weight" INTEGER NOT NULL DEFAULT 0,
    "published_at" TIMESTAMPTZ(3),
    "scheduled_publish_at" TIMESTAMPTZ(3),
    "scheduled_withdraw_at" TIMESTAMPTZ(3),
    "origin_tenant_name" TEXT,
    "origin_article_id" UUID,
    "dirty" BOOLEAN NOT NULL DEFAULT true,
    "created_by" UUID,
    "updated_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "cms_article_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "cms_article_version" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT NOT NULL DEFAULT '',
    "author" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL DEFAULT '',
    "keywords" TEXT[],
    "body" TEXT NOT NULL,
    "custom_fields" JSONB NOT NULL DEFAULT '{}',
    "note" TEXT NOT NULL DEFAULT '',
    "created_by" UUID,
    "created_by_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cms_article_version_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "cms_article_event" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "from_state" "CmsArticleState" NOT NULL,
    "to_state" "CmsArticleState" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "actor_id" UUID,
    "actor_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cms_article_event_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "cms_article_link" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "channel_id" UUID NOT NULL,
    "kind" "CmsLinkKind" NOT NULL,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cms_article_link_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "cms_publish_job" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "site_id" UUID NOT NULL,
    "kind" "CmsPublishKind" NOT NULL,
    "channel_ids" UUID[],
    "article_ids" UUID[],
    "state" "CmsJobState" NOT NULL DEFAULT 'QUEUED',
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "written" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "deleted" INTEGER NOT NULL DEFAULT 0,
    "written_files" TEXT[],
    "error" TEXT,
    "requested_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "cms_publish_job_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "cms_published_file" (
    "tenant_id" UUID NOT NULL,
    "path" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cms_published_file_pkey" PRIMARY KEY ("tenant_id","path")
);

-- CreateTable
CREATE TABLE "cms_submission" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "source_tenant_id" UUID NOT NULL,
    "source_tenant_name" TEXT NOT NULL,
    "source_article_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "author" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "submitted_by_name" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "state" "CmsSubmissionState" NOT NULL DEFAULT 'PENDING',
    "reason" TEXT NOT NULL DEFAULT '',
    "accepted_article_id" UUID,
    "decided_by" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cms_submission_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "cms_sensitive_word" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "word" TEXT NOT NULL,
    "level" TEXT NOT NULL DEFAULT 'WARN',
    "suggestion" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cms_sensitive_word_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "cms_site_tenant_id_key" ON "cms_site"("tenant_id");

-- CreateIndex
CREATE UNIQUE INDEX "cms_department_tenant_id_name_key" ON "cms_department"("tenant_id", "name");

-- CreateIndex
CREATE INDEX "cms_department_member_tenant_id_user_id_idx" ON "cms_department_member"("tenant_id", "user_id");

-- CreateIndex
CREATE INDEX "cms_channel_tenant_id_parent_id_sort_order_idx" ON "cms_channel"("tenant_id", "parent_id", "sort_order");

-- CreateIndex
CREATE UNIQUE INDEX "cms_channel_tenant_id_site_id_slug_key" ON "cms_channel"("tenant_id", "site_id", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "cms_channel_acl_tenant_id_channel_id_subject_kind_subject_i_key" ON "cms_channel_acl"("tenant_id", "channel_id", "subject_kind", "subject_id");

-- CreateIndex
CREATE INDEX "cms_article_tenant_id_channel_id_state_published_at_idx" ON "cms_article"("tenant_id", "channel_id", "state", "published_at");

-- CreateIndex
CREATE INDEX "cms_article_tenant_id_state_scheduled_publish_at_idx" ON "cms_article"("tenant_id", "state", "scheduled_publish_at");

-- CreateIndex
CREATE UNIQUE INDEX "cms_article_tenant_id_no_key" ON "cms_article"("tenant_id", "no");

-- CreateIndex
CREATE UNIQUE INDEX "cms_article_version_tenant_id_article_id_version_key" ON "cms_article_version"("tenant_id", "article_id", "version");

-- CreateIndex
CREATE INDEX "cms_article_event_tenant_id_article_id_created_at_idx" ON "cms_article_event"("tenant_id", "article_id", "created_at");

-- CreateIndex
CREATE INDEX "cms_article_link_tenant_id_channel_id_idx" ON "cms_article_link"("tenant_id", "channel_id");

-- CreateIndex
CREATE UNIQUE INDEX "cms_article_link_tenant_id_article_id_channel_id_key" ON "cms_article_link"("tenant_id", "article_id", "channel_id");

-- CreateIndex
CREATE INDEX "cms_publish_job_tenant_id_state_created_at_idx" ON "cms_publish_job"("tenant_id", "state", "created_at");

-- CreateIndex
CREATE INDEX "cms_submission_tenant_id_state_created_at_idx" ON "cms_submission"("tenant_id", "state", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "cms_submission_tenant_id_source_tenant_id_source_article_id_key" ON "cms_submission"("tenant_id", "source_tenant_id", "source_article_id");

-- CreateIndex
CREATE UNIQUE INDEX "cms_sensitive_word_tenant_id_word_key" ON "cms_sensitive_word"("tenant_id", "word");

-- AddForeignKey
ALTER TABLE "cms_department_member" ADD CONSTRAINT "cms_department_member_tenant_id_department_id_fkey" FOREIGN KEY ("tenant_id", "department_id") REFERENCES "cms_department"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cms_channel" ADD CONSTRAINT "cms_channel_tenant_id_site_id_fkey" FOREIGN KEY ("tenant_id", "site_id") REFERENCES "cms_site"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cms_channel" ADD CONSTRAINT "cms_channel_tenant_id_parent_id_fkey" FOREIGN KEY ("tenant_id", "parent_id") REFERENCES "cms_channel"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cms_channel" ADD CONSTRAINT "cms_channel_tenant_id_department_id_fkey" FOREIGN KEY ("tenant_id", "department_id") REFERENCES "cms_department"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cms_channel_acl" ADD CONSTRAINT "cms_channel_acl_tenant_id_channel_id_fkey" FOREIGN KEY ("tenant_id", "channel_id") REFERENCES "cms_channel"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cms_article" ADD CONSTRAINT "cms_article_tenant_id_channel_id_fkey" FOREIGN KEY ("tenant_id", "channel_id") REFERENCES "cms_channel"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cms_article_version" ADD CONSTRAINT "cms_article_version_tenant_id_article_id_fkey" FOREIGN KEY ("tenant_id", "article_id") REFERENCES "cms_article"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cms_article_event" ADD CONSTRAINT "cms_article_event_tenant_id_article_id_fkey" FOREIGN KEY ("tenant_id", "article_id") REFERENCES "cms_article"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cms_article_link" ADD CONSTRAINT "cms_article_link_tenant_id_article_id_fkey" FOREIGN KEY ("tenant_id", "article_id") REFERENCES "cms_article"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cms_article_link" ADD CONSTRAINT "cms_article_link_tenant_id_channel_id_fkey" FOREIGN KEY ("tenant_id", "channel_id") REFERENCES "cms_channel"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cms_publish_job" ADD CONSTRAINT "cms_publish_job_tenant_id_site_id_fkey" FOREIGN KEY ("tenant_id", "site_id") REFERENCES "cms_site"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────────────────────── hand-written ─────────────────────────────
ALTER TABLE "cms_site" ADD CONSTRAINT "cms_site_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "cms_department" ADD CONSTRAINT "cms_department_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "cms_department_member" ADD CONSTRAINT "cms_department_member_membership_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "tenant_membership"("tenant_id", "user_id") ON DELETE CASCADE;
ALTER TABLE "cms_published_file" ADD CONSTRAINT "cms_published_file_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "cms_sensitive_word" ADD CONSTRAINT "cms_sensitive_word_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "cms_submission" ADD CONSTRAINT "cms_submission_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;
ALTER TABLE "cms_submission" ADD CONSTRAINT "cms_submission_source_tenant_id_fkey" FOREIGN KEY ("source_tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT;

ALTER TABLE "cms_channel" ADD CONSTRAINT "cms_channel_slug_format" CHECK ("slug" ~ '^[a-z0-9][a-z0-9-]{0,39}$' AND "slug" NOT IN ('m', 'assets', 'search'));
ALTER TABLE "cms_channel" ADD CONSTRAINT "cms_channel_list_size" CHECK ("list_size" BETWEEN 1 AND 200);
ALTER TABLE "cms_channel" ADD CONSTRAINT "cms_channel_not_own_parent" CHECK ("parent_id" IS NULL OR "parent_id" <> "id");
ALTER TABLE "cms_article" ADD CONSTRAINT "cms_article_version_positive" CHECK ("version" >= 1);
ALTER TABLE "cms_sensitive_word" ADD CONSTRAINT "cms_sensitive_word_level" CHECK ("level" IN ('BLOCK', 'WARN'));

-- Search (TOOLCHAIN.md "Chinese full-text search"): the application fills search_tsv from jieba's
-- cutForSearch (to_tsvector('simple', …), title weighted A) and search_text with the plain text, which a
-- trigram index serves for substrings of 3+ characters. Two-character words are found by the tsvector.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER TABLE "cms_article" ADD COLUMN "search_tsv" tsvector, ADD COLUMN "search_text" text NOT NULL DEFAULT '';
CREATE INDEX "cms_article_search_tsv_idx" ON "cms_article" USING GIN ("search_tsv");
CREATE INDEX "cms_article_search_trgm_idx" ON "cms_article" USING GIN ("search_text" gin_trgm_ops);
CREATE INDEX "cms_article_keywords_idx" ON "cms_article" USING GIN ("keywords");

-- cms_article: the tenant policy, plus a RESTRICTIVE one for the public site: a transaction that set
-- app.public_site = 'on' (the public route's read-only unit of work) sees published articles only,
-- whatever the query asks for.
ALTER TABLE "cms_article" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "cms_article" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "cms_article"
  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
CREATE POLICY public_site_published ON "cms_article" AS RESTRICTIVE FOR SELECT
  USING (coalesce(current_setting('app.public_site', true), '') <> 'on' OR state = 'PUBLISHED');

-- 呈送 (submit upward): the one path by which a committee writes into another. Allowed only when the
-- caller's tenant is a county whose parent is the target, for one of its own published articles. The
-- row is written in the target tenant by switching app.tenant_id for the INSERT alone (so it works under
-- forced RLS even for an owner without BYPASSRLS), with an audit row in the target's chain.
CREATE FUNCTION cms_submit_to_parent(p_target uuid, p_article uuid, p_note text, p_submitter text)
RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  me uuid := NULLIF(current_setting('app.tenant_id', true), '')::uuid;
  src record;
  a record;
  new_id uuid := gen_random_uuid();
BEGIN
  IF me IS NULL THEN RAISE EXCEPTION 'cms_submit_to_parent: no tenant' USING ERRCODE = '42501'; END IF;
  SELECT id, name, level, parent_id INTO src FROM tenant WHERE id = me;
  IF src.level <> 'COUNTY' OR src.parent_id IS DISTINCT FROM p_target THEN
    RAISE EXCEPTION 'cms_submit_to_parent: target is not the parent committee' USING ERRCODE = '42501';
  END IF;
  SELECT * INTO a FROM cms_article WHERE tenant_id = me AND id = p_article;
  IF NOT FOUND THEN RAISE EXCEPTION 'cms_submit_to_parent: no such article' USING ERRCODE = 'P0002'; END IF;
  IF a.state <> 'PUBLISHED' THEN RAISE EXCEPTION 'cms_submit_to_parent: article not published' USING ERRCODE = '22023'; END IF;
  PERFORM set_config('app.tenant_id', p_target::text, true);
  INSERT INTO cms_submission (tenant_id, id, source_tenant_id, source_tenant_name, source_article_id, title, author, source,
                              summary, body, submitted_by_name, note)
  VALUES (p_target, new_id, me, src.name, a.id, a.title, a.author, a.source, a.summary, a.body, p_submitter, coalesce(p_note, ''));
  INSERT INTO audit_log (tenant_id, user_id, username, action, target_type, target_id, detail)
  VALUES (p_target, NULLIF(current_setting('app.user_id', true), '')::uuid, p_submitter, 'cms.submission.receive', 'CmsSubmission',
          new_id::text, jsonb_build_object('from', src.name, 'sourceArticleId', a.id));
  PERFORM set_config('app.tenant_id', me::text, true);
  RETURN new_id;
END $$;

-- The county's view of what it submitted: only rows whose source is the caller's tenant, read in the
-- parent (the only tenant it can submit to).
CREATE FUNCTION cms_outgoing_submissions()
RETURNS TABLE (id uuid, target_tenant_id uuid, source_article_id uuid, title text, state "CmsSubmissionState", reason text,
               accepted_article_id uuid, decided_at timestamptz, created_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  me uuid := NULLIF(current_setting('app.tenant_id', true), '')::uuid;
  parent uuid;
BEGIN
  IF me IS NULL THEN RETURN; END IF;
  SELECT t.parent_id INTO parent FROM tenant t WHERE t.id = me AND t.level = 'COUNTY';
  IF parent IS NULL THEN RETURN; END IF;
  PERFORM set_config('app.tenant_id', parent::text, true);
  RETURN QUERY SELECT s.id, s.tenant_id, s.source_article_id, s.title, s.state, s.reason, s.accepted_article_id, s.decided_at, s.created_at
                 FROM cms_submission s WHERE s.tenant_id = parent AND s.source_tenant_id = me ORDER BY s.created_at DESC;
  PERFORM set_config('app.tenant_id', me::text, true);
END $$;

-- The publish worker's only cross-tenant read: which tenants have work (a queued or abandoned job, a
-- scheduled publish or withdraw that is due). Ids only; the work itself runs in each tenant's scope.
CREATE FUNCTION cms_tenants_with_due_work(p_now timestamptz, p_stale_before timestamptz)
RETURNS SETOF uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  saved text := current_setting('app.tenant_id', true);
  t uuid;
BEGIN
  FOR t IN SELECT x.id FROM tenant x ORDER BY x.sort_order LOOP
    PERFORM set_config('app.tenant_id', t::text, true);
    IF EXISTS (SELECT 1 FROM cms_publish_job j WHERE j.tenant_id = t
                 AND (j.state = 'QUEUED' OR (j.state = 'RUNNING' AND j.heartbeat_at < p_stale_before)))
       OR EXISTS (SELECT 1 FROM cms_article a WHERE a.tenant_id = t AND a.state = 'SCHEDULED' AND a.scheduled_publish_at <= p_now)
       OR EXISTS (SELECT 1 FROM cms_article a WHERE a.tenant_id = t AND a.state = 'PUBLISHED' AND a.scheduled_withdraw_at <= p_now) THEN
      RETURN NEXT t;
    END IF;
  END LOOP;
  PERFORM set_config('app.tenant_id', coalesce(saved, ''), true);
END $$;
