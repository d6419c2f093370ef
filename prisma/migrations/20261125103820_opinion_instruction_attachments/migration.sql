-- CreateTable
CREATE TABLE "opinion_instruction_attachment" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "instruction_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "uploaded_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "opinion_instruction_attachment_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "opinion_instruction_attachment_tenant_id_instruction_id_idx" ON "opinion_instruction_attachment"("tenant_id", "instruction_id");

-- AddForeignKey
ALTER TABLE "opinion_instruction_attachment" ADD CONSTRAINT "opinion_instruction_attachment_tenant_id_instruction_id_fkey" FOREIGN KEY ("tenant_id", "instruction_id") REFERENCES "opinion_instruction"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The upload checks these too; the database keeps them true whatever writes (5 MB, size matches content).
ALTER TABLE "opinion_instruction_attachment" ADD CONSTRAINT "opinion_instruction_attachment_size" CHECK ("size" BETWEEN 1 AND 5242880 AND octet_length("content") = "size");

-- 上报 feedback now carries each instruction's attachments (name and size only; the content is read one
-- file at a time by opinion_forward_instruction_attachment below). Otherwise as in 20261125001116_opinions.
CREATE OR REPLACE FUNCTION opinion_forward_feedback(p_ids uuid[])
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
                                                         'instructedAt', i.instructed_at, 'content', i.content, 'createdAt', i.created_at,
                                                         'attachments', coalesce((SELECT jsonb_agg(jsonb_build_object('id', a.id, 'name', a.name, 'mime', a.mime,
                                                                                                                      'size', a.size, 'createdAt', a.created_at)
                                                                                                   ORDER BY a.created_at, a.id)
                                                                                    FROM opinion_instruction_attachment a
                                                                                   WHERE a.tenant_id = parent AND a.instruction_id = i.id), '[]'::jsonb))
                                      ORDER BY i.instructed_at, i.created_at)
                       FROM opinion_instruction i WHERE i.tenant_id = parent AND i.opinion_id = o.id), '[]'::jsonb)
      FROM jsonb_array_elements(links) AS l
      JOIN opinion o ON o.tenant_id = parent AND o.id = (l->>'theirs')::uuid
      JOIN tenant pt ON pt.id = parent
      LEFT JOIN journal_issue ji ON ji.tenant_id = o.tenant_id AND ji.id = o.issue_id
      LEFT JOIN journal_type jt ON jt.tenant_id = ji.tenant_id AND jt.id = ji.type_id;
  PERFORM set_config('app.tenant_id', caller::text, true);
END $$;

-- One attachment of an instruction the parent committee recorded on the copy of an item the caller
-- reported (its own OUT link to its current parent). Anything else yields no row: a city cannot read a
-- county's files this way, nor a county another county's, nor a file of an instruction on another item.
CREATE FUNCTION opinion_forward_instruction_attachment(p_opinion uuid, p_attachment uuid)
RETURNS TABLE (name text, mime text, content bytea)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
#variable_conflict use_column
DECLARE
  caller uuid := NULLIF(current_setting('app.tenant_id', true), '')::uuid;
  parent uuid;
  theirs uuid;
BEGIN
  IF caller IS NULL THEN
    RAISE EXCEPTION 'opinion_forward_instruction_attachment: no committee in scope' USING ERRCODE = '42501';
  END IF;
  SELECT t.parent_id INTO parent FROM tenant t WHERE t.id = caller;
  IF parent IS NULL THEN RETURN; END IF;
  SELECT f.peer_opinion_id INTO theirs
    FROM opinion_forward f
   WHERE f.tenant_id = caller AND f.direction = 'OUT' AND f.peer_tenant_id = parent AND f.opinion_id = p_opinion;
  IF theirs IS NULL THEN RETURN; END IF;

  PERFORM set_config('app.tenant_id', parent::text, true);
  RETURN QUERY
    SELECT a.name, a.mime, a.content
      FROM opinion_instruction_attachment a
      JOIN opinion_instruction i ON i.tenant_id = a.tenant_id AND i.id = a.instruction_id
     WHERE a.tenant_id = parent AND a.id = p_attachment AND i.opinion_id = theirs;
  PERFORM set_config('app.tenant_id', caller::text, true);
END $$;
