-- CreateEnum
CREATE TYPE "OpinionState" AS ENUM ('DRAFT', 'COSIGNING', 'SUBMITTED', 'FIRST_REVIEWED', 'SECOND_REVIEWED', 'EDITED', 'PUBLISHED', 'RETURNED', 'DISCARDED');

-- CreateEnum
CREATE TYPE "OpinionOrigin" AS ENUM ('DIRECT', 'FROM_PROPOSAL', 'FROM_COUNTY');

-- CreateEnum
CREATE TYPE "OpinionSubmitterKind" AS ENUM ('MEMBER', 'COLLECTIVE', 'COUNTY');

-- CreateEnum
CREATE TYPE "CosignStatus" AS ENUM ('PENDING', 'CONFIRMED', 'DECLINED');

-- CreateEnum
CREATE TYPE "InstructionKind" AS ENUM ('HIGHER_ADOPTION', 'LEADER_INSTRUCTION', 'DEPARTMENT_REPLY');

-- CreateEnum
CREATE TYPE "JournalIssueStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "OpinionForwardDirection" AS ENUM ('OUT', 'IN');

-- CreateTable
CREATE TABLE "opinion" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "state" "OpinionState" NOT NULL DEFAULT 'DRAFT',
    "origin" "OpinionOrigin" NOT NULL DEFAULT 'DIRECT',
    "submitter_kind" "OpinionSubmitterKind" NOT NULL,
    "member_id" UUID,
    "collective_id" UUID,
    "submitter_name" TEXT NOT NULL,
    "created_by" UUID,
    "session_id" UUID,
    "source_proposal_id" UUID,
    "source_tenant_id" UUID,
    "source_opinion_id" UUID,
    "issue_id" UUID,
    "issue_order" INTEGER,
    "return_reason" TEXT,
    "discard_reason" TEXT,
    "submitted_at" TIMESTAMPTZ(3),
    "first_reviewed_at" TIMESTAMPTZ(3),
    "adopted_at" TIMESTAMPTZ(3),
    "published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "opinion_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "opinion_cosigner" (
    "tenant_id" UUID NOT NULL,
    "opinion_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "member_name" TEXT NOT NULL,
    "status" "CosignStatus" NOT NULL DEFAULT 'PENDING',
    "responded_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "opinion_cosigner_pkey" PRIMARY KEY ("tenant_id","opinion_id","member_id")
);

-- CreateTable
CREATE TABLE "opinion_version" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "opinion_id" UUID NOT NULL,
    "no" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "editor_id" UUID,
    "editor_name" TEXT NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "opinion_version_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "opinion_event" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "opinion_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "from_state" "OpinionState",
    "to_state" "OpinionState" NOT NULL,
    "actor_id" UUID,
    "actor_name" TEXT NOT NULL,
    "comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "opinion_event_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "opinion_instruction" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "opinion_id" UUID NOT NULL,
    "kind" "InstructionKind" NOT NULL,
    "author_name" TEXT NOT NULL,
    "author_title" TEXT,
    "instructed_at" DATE NOT NULL,
    "content" TEXT NOT NULL,
    "recorded_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "opinion_instruction_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "opinion_forward" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "opinion_id" UUID NOT NULL,
    "direction" "OpinionForwardDirection" NOT NULL,
    "peer_tenant_id" UUID NOT NULL,
    "peer_opinion_id" UUID NOT NULL,
    "forwarded_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "opinion_forward_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "journal_type" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "publisher_name" TEXT,
    "report_to" TEXT,
    "send_to" TEXT,
    "distribute_to" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "journal_type_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "journal_issue" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "type_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT,
    "status" "JournalIssueStatus" NOT NULL DEFAULT 'DRAFT',
    "issue_date" DATE,
    "editor_name" TEXT,
    "signer_name" TEXT,
    "report_to" TEXT,
    "send_to" TEXT,
    "distribute_to" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "journal_issue_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "opinion_tenant_id_state_submitted_at_idx" ON "opinion"("tenant_id", "state", "submitted_at");

-- CreateIndex
CREATE INDEX "opinion_tenant_id_member_id_idx" ON "opinion"("tenant_id", "member_id");

-- CreateIndex
CREATE INDEX "opinion_tenant_id_collective_id_idx" ON "opinion"("tenant_id", "collective_id");

-- CreateIndex
CREATE INDEX "opinion_tenant_id_created_by_idx" ON "opinion"("tenant_id", "created_by");

-- CreateIndex
CREATE INDEX "opinion_tenant_id_session_id_idx" ON "opinion"("tenant_id", "session_id");

-- CreateIndex
CREATE UNIQUE INDEX "opinion_tenant_id_issue_id_issue_order_key" ON "opinion"("tenant_id", "issue_id", "issue_order");

-- CreateIndex
CREATE INDEX "opinion_cosigner_tenant_id_member_id_status_idx" ON "opinion_cosigner"("tenant_id", "member_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "opinion_version_tenant_id_opinion_id_no_key" ON "opinion_version"("tenant_id", "opinion_id", "no");

-- CreateIndex
CREATE INDEX "opinion_event_tenant_id_opinion_id_created_at_idx" ON "opinion_event"("tenant_id", "opinion_id", "created_at");

-- CreateIndex
CREATE INDEX "opinion_instruction_tenant_id_opinion_id_idx" ON "opinion_instruction"("tenant_id", "opinion_id");

-- CreateIndex
CREATE INDEX "opinion_instruction_tenant_id_kind_idx" ON "opinion_instruction"("tenant_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "opinion_forward_tenant_id_opinion_id_direction_key" ON "opinion_forward"("tenant_id", "opinion_id", "direction");

-- CreateIndex
CREATE UNIQUE INDEX "journal_type_tenant_id_name_key" ON "journal_type"("tenant_id", "name");

-- CreateIndex
CREATE INDEX "journal_issue_tenant_id_year_idx" ON "journal_issue"("tenant_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "journal_issue_tenant_id_type_id_year_number_key" ON "journal_issue"("tenant_id", "type_id", "year", "number");

-- AddForeignKey
ALTER TABLE "opinion" ADD CONSTRAINT "opinion_tenant_id_issue_id_fkey" FOREIGN KEY ("tenant_id", "issue_id") REFERENCES "journal_issue"("tenant_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opinion_cosigner" ADD CONSTRAINT "opinion_cosigner_tenant_id_opinion_id_fkey" FOREIGN KEY ("tenant_id", "opinion_id") REFERENCES "opinion"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opinion_version" ADD CONSTRAINT "opinion_version_tenant_id_opinion_id_fkey" FOREIGN KEY ("tenant_id", "opinion_id") REFERENCES "opinion"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opinion_event" ADD CONSTRAINT "opinion_event_tenant_id_opinion_id_fkey" FOREIGN KEY ("tenant_id", "opinion_id") REFERENCES "opinion"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opinion_instruction" ADD CONSTRAINT "opinion_instruction_tenant_id_opinion_id_fkey" FOREIGN KEY ("tenant_id", "opinion_id") REFERENCES "opinion"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opinion_forward" ADD CONSTRAINT "opinion_forward_tenant_id_opinion_id_fkey" FOREIGN KEY ("tenant_id", "opinion_id") REFERENCES "opinion"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "journal_issue" ADD CONSTRAINT "journal_issue_tenant_id_type_id_fkey" FOREIGN KEY ("tenant_id", "type_id") REFERENCES "journal_type"("tenant_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- ── Written by hand (not expressible in the Prisma schema) ─────────────────────────────────────

-- Links to other modules' tables (docs/ARCHITECTURE.md "Foreign keys written by hand"): every one carries
-- tenant_id, so an item can only name a member, collective or session of its own committee.
-- NO ACTION (the default) rather than RESTRICT: the same protection, reported as 23503 like the others.
ALTER TABLE "opinion" ADD CONSTRAINT "opinion_tenant_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id");
ALTER TABLE "opinion" ADD CONSTRAINT "opinion_member_fkey" FOREIGN KEY ("tenant_id", "member_id") REFERENCES "member_profile"("tenant_id", "id");
ALTER TABLE "opinion" ADD CONSTRAINT "opinion_collective_fkey" FOREIGN KEY ("tenant_id", "collective_id") REFERENCES "collective_submitter"("tenant_id", "id");
ALTER TABLE "opinion" ADD CONSTRAINT "opinion_session_fkey" FOREIGN KEY ("tenant_id", "session_id") REFERENCES "committee_session"("tenant_id", "id");
ALTER TABLE "opinion_cosigner" ADD CONSTRAINT "opinion_cosigner_member_fkey" FOREIGN KEY ("tenant_id", "member_id") REFERENCES "member_profile"("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "journal_type" ADD CONSTRAINT "journal_type_tenant_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id");

-- The submitter is exactly one of: a member, a collective, a county committee (upward copies only).
ALTER TABLE "opinion" ADD CONSTRAINT "opinion_submitter" CHECK (
  (submitter_kind = 'MEMBER') = (member_id IS NOT NULL)
  AND (submitter_kind = 'COLLECTIVE') = (collective_id IS NOT NULL)
  AND (submitter_kind = 'COUNTY') = (origin = 'FROM_COUNTY')
);
ALTER TABLE "opinion" ADD CONSTRAINT "opinion_origin_source" CHECK (
  (origin = 'FROM_COUNTY') = (source_tenant_id IS NOT NULL AND source_opinion_id IS NOT NULL)
  AND (origin <> 'FROM_PROPOSAL' OR source_proposal_id IS NOT NULL)
);
-- In a journal issue exactly when edited or published, always with a position.
ALTER TABLE "opinion" ADD CONSTRAINT "opinion_in_issue" CHECK (
  (issue_id IS NULL) = (issue_order IS NULL) AND (issue_id IS NOT NULL) = (state IN ('EDITED', 'PUBLISHED'))
);
ALTER TABLE "journal_issue" ADD CONSTRAINT "journal_issue_number" CHECK ("number" > 0 AND "year" BETWEEN 2000 AND 2100);

-- ── 上报: county → its city, the one cross-tenant path of this module ──────────────────────────────
-- Both functions act for the committee in app.tenant_id (set per transaction by the server from the
-- session, as for RLS). They step into the parent committee only inside their own body and step back
-- before returning; RLS stays on for everything else in the request. SECURITY DEFINER, so they work
-- whatever the caller's RLS view is; the rules are checked here, not only in the API.

-- Copies an adopted county item into the parent city's review list (SUBMITTED, FROM_COUNTY), links the
-- two with an opinion_forward row on each side, and writes an audit row in both committees' chains.
-- Refused (42501) unless the caller is a COUNTY committee and p_parent is its parent.
CREATE FUNCTION opinion_forward_to_parent(p_opinion uuid, p_parent uuid) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  caller uuid := NULLIF(current_setting('app.tenant_id', true), '')::uuid;
  actor uuid := NULLIF(current_setting('app.user_id', true), '')::uuid;
  county tenant%ROWTYPE;
  src opinion%ROWTYPE;
  actor_name text;
  new_id uuid := gen_random_uuid();
  now_ts timestamptz := now();
BEGIN
  IF caller IS NULL THEN
    RAISE EXCEPTION 'opinion_forward_to_parent: no committee in scope' USING ERRCODE = '42501';
  END IF;
  SELECT * INTO county FROM tenant WHERE id = caller;
  IF county.level IS DISTINCT FROM 'COUNTY' OR county.parent_id IS DISTINCT FROM p_parent THEN
    RAISE EXCEPTION 'opinion_forward_to_parent: only a county committee may report, and only to its parent' USING ERRCODE = '42501';
  END IF;
  SELECT * INTO src FROM opinion WHERE tenant_id = caller AND id = p_opinion FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'opinion_forward_to_parent: no such item in this committee' USING ERRCODE = '42501';
  END IF;
  IF src.state NOT IN ('SECOND_REVIEWED', 'EDITED', 'PUBLISHED') THEN
    RAISE EXCEPTION 'opinion_forward_to_parent: only adopted items are reported' USING ERRCODE = '22023';
  END IF;
  SELECT display_name INTO actor_name FROM app_user WHERE id = actor;

  PERFORM set_config('app.tenant_id', p_parent::text, true);
  INSERT INTO opinion (tenant_id, id, title, content, state, origin, submitter_kind, submitter_name, session_id,
                       source_tenant_id, source_opinion_id, submitted_at, version, created_at, updated_at)
  VALUES (p_parent, new_id, src.title, src.content, 'SUBMITTED', 'FROM_COUNTY', 'COUNTY', county.name,
          (SELECT s.id FROM committee_session s WHERE s.tenant_id = p_parent AND s.is_current),
          caller, src.id, now_ts, 0, now_ts, now_ts);
  INSERT INTO opinion_version (tenant_id, id, opinion_id, no, title, content, editor_id, editor_name, note, created_at)
  VALUES (p_parent, gen_random_uuid(), new_id, 1, src.title, src.content, NULL, county.name, '县区上报原文', now_ts);
  INSERT INTO opinion_event (tenant_id, id, opinion_id, action, from_state, to_state, actor_id, actor_name, comment, created_at)
  VALUES (p_parent, gen_random_uuid(), new_id, 'receiveFromCounty', NULL, 'SUBMITTED', NULL, county.name, NULL, now_ts);
  INSERT INTO opinion_forward (tenant_id, id, opinion_id, direction, peer_tenant_id, peer_opinion_id, forwarded_by, created_at)
  VALUES (p_parent, gen_random_uuid(), new_id, 'IN', caller, src.id, actor, now_ts);
  INSERT INTO audit_log (tenant_id, user_id, username, action, target_type, target_id, result, detail)
  VALUES (p_parent, actor, actor_name, 'opinion.forward.receive', 'Opinion', new_id::text, 'SUCCESS',
          jsonb_build_object('fromTenantId', caller, 'fromOpinionId', src.id, 'title', src.title));
  PERFORM set_config('app.tenant_id', caller::text, true);

  INSERT INTO opinion_forward (tenant_id, id, opinion_id, direction, peer_tenant_id, peer_opinion_id, forwarded_by, created_at)
  VALUES (caller, gen_random_uuid(), src.id, 'OUT', p_parent, new_id, actor, now_ts);
  INSERT INTO opinion_event (tenant_id, id, opinion_id, action, from_state, to_state, actor_id, actor_name, comment, created_at)
  VALUES (caller, gen_random_uuid(), src.id, 'forward', src.state, src.state, actor, coalesce(actor_name, ''), '上报上级政协', now_ts);
  INSERT INTO audit_log (tenant_id, user_id, username, action, target_type, target_id, result, detail)
  VALUES (caller, actor, actor_name, 'opinion.forward', 'Opinion', src.id::text, 'SUCCESS',
          jsonb_build_object('toTenantId', p_parent, 'toOpinionId', new_id));
  RETURN new_id;
END $$;

-- What became of the caller's reported items in the parent committee: state, adoption, journal issue
-- and instructions. Only for items the caller itself reported (an OUT row in its own tenant) to its
-- current parent; anything else yields no row. A city therefore cannot read a county's items this way.
CREATE FUNCTION opinion_forward_feedback(p_ids uuid[])
RETURNS TABLE (opinion_id uuid, parent_tenant_id uuid, parent_tenant_name text, parent_opinion_id uuid, forwarded_at timestamptz,
               state text, adopted_at timestamptz, published_at timestamptz, return_reason text, discard_reason text,
               journal_name text, issue_year int, issue_number int, instructions jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
#variable_conflict use_column
DECLARE
  caller uuid := NULLIF(current_setting('app.tenant_id', true), '')::uuid;
  parent uuid;
  links jsonb;
BEGIN
  IF caller IS NULL THEN
    RAISE EXCEPTION 'opinion_forward_feedback: no committee in scope' USING ERRCODE = '42501';
  END IF;
  SELECT t.parent_id INTO parent FROM tenant t WHERE t.id = caller;
  IF parent IS NULL THEN RETURN; END IF;
  SELECT coalesce(jsonb_agg(jsonb_build_object('mine', f.opinion_id, 'theirs', f.peer_opinion_id, 'at', f.created_at)), '[]'::jsonb)
    INTO links
    FROM opinion_forward f
   WHERE f.tenant_id = caller AND f.direction = 'OUT' AND f.peer_tenant_id = parent AND f.opinion_id = ANY(p_ids);
  IF links = '[]'::jsonb THEN RETURN; END IF;

  PERFORM set_config('app.tenant_id', parent::text, true);
  RETURN QUERY
    SELECT (l->>'mine')::uuid, parent, pt.name, o.id, (l->>'at')::timestamptz, o.state::text, o.adopted_at, o.published_at,
           o.return_reason, o.discard_reason, jt.name, ji.year, ji.number,
           coalesce((SELECT jsonb_agg(jsonb_build_object('id', i.id, 'kind', i.kind, 'authorName', i.author_name, 'authorTitle', i.author_title,
                                                         'instructedAt', i.instructed_at, 'content', i.content, 'createdAt', i.created_at)
                                      ORDER BY i.instructed_at, i.created_at)
                       FROM opinion_instruction i WHERE i.tenant_id = parent AND i.opinion_id = o.id), '[]'::jsonb)
      FROM jsonb_array_elements(links) AS l
      JOIN opinion o ON o.tenant_id = parent AND o.id = (l->>'theirs')::uuid
      JOIN tenant pt ON pt.id = parent
      LEFT JOIN journal_issue ji ON ji.tenant_id = o.tenant_id AND ji.id = o.issue_id
      LEFT JOIN journal_type jt ON jt.tenant_id = ji.tenant_id AND jt.id = ji.type_id;
  PERFORM set_config('app.tenant_id', caller::text, true);
END $$;

-- 转社情民意 makes at most one item per proposal (createOpinionFromProposal is idempotent on this).
CREATE UNIQUE INDEX "opinion_one_per_proposal" ON "opinion"("tenant_id", "source_proposal_id") WHERE "source_proposal_id" IS NOT NULL;
-- At most one upward copy of a county item in its parent.
CREATE UNIQUE INDEX "opinion_one_copy_per_source" ON "opinion"("tenant_id", "source_opinion_id") WHERE "source_opinion_id" IS NOT NULL;
