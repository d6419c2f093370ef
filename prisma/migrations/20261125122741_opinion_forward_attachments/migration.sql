-- 上报 carries the county item's attachments: the city's reviewers see the documents the member attached.
-- Read while still in the county's scope (RLS), written in the city's.
CREATE OR REPLACE FUNCTION opinion_forward_to_parent(p_opinion uuid, p_parent uuid) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  caller uuid := NULLIF(current_setting('app.tenant_id', true), '')::uuid;
  actor uuid := NULLIF(current_setting('app.user_id', true), '')::uuid;
  county tenant%ROWTYPE;
  src opinion%ROWTYPE;
  actor_name text;
  new_id uuid := gen_random_uuid();
  now_ts timestamptz := now();
  atts opinion_attachment[];
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
  SELECT array_agg(a ORDER BY a.created_at) INTO atts FROM opinion_attachment a WHERE a.tenant_id = caller AND a.opinion_id = src.id;

  PERFORM set_config('app.tenant_id', p_parent::text, true);
  INSERT INTO opinion (tenant_id, id, title, content, state, origin, submitter_kind, submitter_name, session_id,
                       source_tenant_id, source_opinion_id, submitted_at, version, created_at, updated_at)
  VALUES (p_parent, new_id, src.title, src.content, 'SUBMITTED', 'FROM_COUNTY', 'COUNTY', county.name,
          (SELECT s.id FROM committee_session s WHERE s.tenant_id = p_parent AND s.is_current),
          caller, src.id, now_ts, 0, now_ts, now_ts);
  INSERT INTO opinion_version (tenant_id, id, opinion_id, no, title, content, editor_id, editor_name, note, created_at)
  VALUES (p_parent, gen_random_uuid(), new_id, 1, src.title, src.content, NULL, county.name, '县区上报原文', now_ts);
  INSERT INTO opinion_attachment (tenant_id, id, opinion_id, name, mime, size, content, uploaded_by, created_at)
  SELECT p_parent, gen_random_uuid(), new_id, x.name, x.mime, x.size, x.content, x.uploaded_by, now_ts FROM unnest(atts) AS x;
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
