-- 领导驾驶舱 and 全市汇总 (issue 10).
--
-- dashboard_figures: one committee's figures for a session and period, every number a GROUP BY in
-- PostgreSQL (no rows leave the database). SECURITY INVOKER: it runs with the caller's rights, so RLS
-- still decides what it sees; each query also names the committee explicitly. The committee's own
-- dashboard calls it directly, and the city roll-up calls the very same function for each committee,
-- so a county's numbers in the roll-up cannot differ from what that county sees on its own dashboard.
--
-- The definitions follow the modules' own statistics (tested against them in dashboard.test.ts):
--   提案      states other than DRAFT/COSIGNING, submitted within [from, to] (Beijing days)
--   超期      live assignment, not replied, deadline before today, proposal still being handled
--             (exactly the rows of 办理追踪 “只看超期未答复”)
--   满意度    the proposal's latest feedback
--   社情民意  submitted (not DRAFT/COSIGNING); 采用 = SECOND_REVIEWED/EDITED/PUBLISHED; 批示 = has one
--   出席率    attended / (attended + leave + absent) over published or finished meetings
CREATE FUNCTION dashboard_figures(p_tenant uuid, p_session uuid, p_from date, p_to date)
RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = public AS $$
DECLARE
  t_from timestamptz := CASE WHEN p_from IS NULL THEN NULL ELSE (p_from::timestamp AT TIME ZONE 'Asia/Shanghai') END;
  t_to   timestamptz := CASE WHEN p_to IS NULL THEN NULL ELSE ((p_to + 1)::timestamp AT TIME ZONE 'Asia/Shanghai') END;
  today  date := (now() AT TIME ZONE 'Asia/Shanghai')::date;
  by_state jsonb; by_category jsonb; by_unit jsonb; satisfaction jsonb; handling jsonb;
  opinions jsonb; by_sector jsonb; by_party jsonb; members int; meetings jsonb;
BEGIN
  SELECT coalesce(jsonb_agg(jsonb_build_object('key', s.state, 'n', s.n) ORDER BY s.state), '[]'::jsonb) INTO by_state
    FROM (SELECT p.state::text AS state, count(*)::int AS n
            FROM proposal p
           WHERE p.tenant_id = p_tenant AND p.state NOT IN ('DRAFT', 'COSIGNING')
             AND (p_session IS NULL OR p.session_id = p_session)
             AND (t_from IS NULL OR p.submitted_at >= t_from) AND (t_to IS NULL OR p.submitted_at < t_to)
           GROUP BY p.state) s;

  SELECT coalesce(jsonb_agg(jsonb_build_object('key', coalesce(c.id::text, ''), 'label', coalesce(c.name, '未分类'), 'n', s.n)
                            ORDER BY s.n DESC, c.sort_order NULLS LAST, c.name), '[]'::jsonb) INTO by_category
    FROM (SELECT p.category_id, count(*)::int AS n
            FROM proposal p
           WHERE p.tenant_id = p_tenant AND p.state NOT IN ('DRAFT', 'COSIGNING')
             AND (p_session IS NULL OR p.session_id = p_session)
             AND (t_from IS NULL OR p.submitted_at >= t_from) AND (t_to IS NULL OR p.submitted_at < t_to)
           GROUP BY p.category_id) s
    LEFT JOIN proposal_category c ON c.tenant_id = p_tenant AND c.id = s.category_id;

  -- Live assignments of the proposals in scope: per unit, and on time / late / overdue / within the deadline.
  WITH a AS (
    SELECT a.unit_id, a.replied_at, a.deadline, p.state
      FROM proposal_assignment a
      JOIN proposal p ON p.tenant_id = a.tenant_id AND p.id = a.proposal_id
     WHERE a.tenant_id = p_tenant AND a.status = 'ACTIVE'
       AND (p_session IS NULL OR p.session_id = p_session)
       AND (t_from IS NULL OR p.submitted_at >= t_from) AND (t_to IS NULL OR p.submitted_at < t_to)
  ), flags AS (
    SELECT a.unit_id,
           a.replied_at IS NOT NULL AND (a.replied_at AT TIME ZONE 'Asia/Shanghai')::date <= a.deadline AS on_time,
           a.replied_at IS NOT NULL AND (a.replied_at AT TIME ZONE 'Asia/Shanghai')::date > a.deadline AS late,
           a.replied_at IS NULL AND a.deadline < today AND a.state IN ('ASSIGNED', 'HANDLING', 'REPLIED', 'DISSATISFIED') AS overdue,
           a.replied_at IS NULL AND a.deadline >= today AND a.state IN ('ASSIGNED', 'HANDLING', 'REPLIED', 'DISSATISFIED') AS pending
      FROM a
  ), per_unit AS (
    SELECT f.unit_id, count(*)::int AS assigned, count(*) FILTER (WHERE f.on_time OR f.late)::int AS replied,
           count(*) FILTER (WHERE f.on_time)::int AS on_time, count(*) FILTER (WHERE f.late)::int AS late,
           count(*) FILTER (WHERE f.overdue)::int AS overdue, count(*) FILTER (WHERE f.pending)::int AS pending
      FROM flags f GROUP BY f.unit_id
  )
  SELECT coalesce(jsonb_agg(jsonb_build_object('key', u.id, 'label', u.name, 'assigned', pu.assigned, 'replied', pu.replied, 'overdue', pu.overdue)
                            ORDER BY pu.assigned DESC, u.sort_order, u.name), '[]'::jsonb),
         jsonb_build_object('assignments', coalesce(sum(pu.assigned), 0)::int, 'onTime', coalesce(sum(pu.on_time), 0)::int,
                            'late', coalesce(sum(pu.late), 0)::int, 'overdue', coalesce(sum(pu.overdue), 0)::int,
                            'pending', coalesce(sum(pu.pending), 0)::int)
    INTO by_unit, handling
    FROM per_unit pu JOIN handling_unit u ON u.tenant_id = p_tenant AND u.id = pu.unit_id;

  SELECT coalesce(jsonb_agg(jsonb_build_object('key', s.satisfaction, 'n', s.n)), '[]'::jsonb) INTO satisfaction
    FROM (SELECT latest.satisfaction, count(*)::int AS n
            FROM (SELECT DISTINCT ON (f.proposal_id) f.satisfaction::text AS satisfaction
                    FROM proposal_feedback f JOIN proposal p ON p.tenant_id = f.tenant_id AND p.id = f.proposal_id
                   WHERE f.tenant_id = p_tenant
                     AND (p_session IS NULL OR p.session_id = p_session)
                     AND (t_from IS NULL OR p.submitted_at >= t_from) AND (t_to IS NULL OR p.submitted_at < t_to)
                   ORDER BY f.proposal_id, f.round DESC) latest
           GROUP BY latest.satisfaction) s;

  SELECT jsonb_build_object(
           'submitted', count(*)::int,
           'adopted', (count(*) FILTER (WHERE o.state IN ('SECOND_REVIEWED', 'EDITED', 'PUBLISHED')))::int,
           'inJournal', (count(*) FILTER (WHERE o.state IN ('EDITED', 'PUBLISHED')))::int,
           'published', (count(*) FILTER (WHERE o.state = 'PUBLISHED'))::int,
           'instructed', (count(*) FILTER (WHERE EXISTS (SELECT 1 FROM opinion_instruction i WHERE i.tenant_id = o.tenant_id AND i.opinion_id = o.id)))::int)
    INTO opinions
    FROM opinion o
   WHERE o.tenant_id = p_tenant AND o.submitted_at IS NOT NULL AND o.state NOT IN ('DRAFT', 'COSIGNING')
     AND (p_session IS NULL OR o.session_id = p_session)
     AND (t_from IS NULL OR o.submitted_at >= t_from) AND (t_to IS NULL OR o.submitted_at < t_to);

  -- Member composition is of the session (a period does not change who sits in it).
  SELECT count(*)::int INTO members FROM member_term t WHERE t.tenant_id = p_tenant AND t.session_id = p_session;
  SELECT coalesce(jsonb_agg(jsonb_build_object('key', coalesce(d.id::text, ''), 'label', coalesce(d.name, '未填写'), 'n', s.n)
                            ORDER BY d.sort_order NULLS LAST, d.name), '[]'::jsonb) INTO by_sector
    FROM (SELECT t.sector_id AS id, count(*)::int AS n FROM member_term t WHERE t.tenant_id = p_tenant AND t.session_id = p_session GROUP BY t.sector_id) s
    LEFT JOIN dict_item d ON d.tenant_id = p_tenant AND d.id = s.id;
  SELECT coalesce(jsonb_agg(jsonb_build_object('key', coalesce(d.id::text, ''), 'label', coalesce(d.name, '未填写'), 'n', s.n)
                            ORDER BY d.sort_order NULLS LAST, d.name), '[]'::jsonb) INTO by_party
    FROM (SELECT t.party_id AS id, count(*)::int AS n FROM member_term t WHERE t.tenant_id = p_tenant AND t.session_id = p_session GROUP BY t.party_id) s
    LEFT JOIN dict_item d ON d.tenant_id = p_tenant AND d.id = s.id;

  SELECT jsonb_build_object(
           'meetings', count(DISTINCT m.id)::int,
           'invited', count(i.member_id)::int,
           'attended', (count(*) FILTER (WHERE i.attendance = 'ATTENDED'))::int,
           'leave', (count(*) FILTER (WHERE i.attendance = 'LEAVE'))::int,
           'absent', (count(*) FILTER (WHERE i.attendance = 'ABSENT'))::int)
    INTO meetings
    FROM meeting m LEFT JOIN meeting_invitation i ON i.tenant_id = m.tenant_id AND i.meeting_id = m.id
   WHERE m.tenant_id = p_tenant AND m.status IN ('PUBLISHED', 'FINISHED')
     AND (p_session IS NULL OR m.session_id = p_session)
     AND (t_from IS NULL OR m.starts_at >= t_from) AND (t_to IS NULL OR m.starts_at < t_to);

  RETURN jsonb_build_object(
    'proposals', jsonb_build_object('byState', by_state, 'byCategory', by_category, 'byUnit', by_unit, 'satisfaction', satisfaction, 'handling', handling),
    'opinions', opinions,
    'members', jsonb_build_object('total', members, 'bySector', by_sector, 'byParty', by_party),
    'meetings', meetings);
END $$;

-- 全市汇总: the caller's committee (app.tenant_id) must be a city; it and each of its counties, in
-- order, with their figures. This is the only cross-committee read of the dashboard: the function
-- steps into one child committee at a time (app.tenant_id set to it, so RLS stays on and scoped to
-- that committee), calls dashboard_figures, and restores the caller's scope before returning. A
-- county caller, or a caller with no membership in the city, gets insufficient_privilege (42501 →
-- FORBIDDEN). The session is matched by its number (第N届) in each committee; NULL = each one's
-- current session. The use-case writes the access to the city's audit chain in the same transaction.
CREATE FUNCTION dashboard_rollup(p_session_number int, p_from date, p_to date)
RETURNS TABLE (tenant_id uuid, tenant_name text, session_id uuid, session_name text, session_number int, figures jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
#variable_conflict use_column
DECLARE
  caller uuid := NULLIF(current_setting('app.tenant_id', true), '')::uuid;
  caller_user uuid := NULLIF(current_setting('app.user_id', true), '')::uuid;
  t record;
  s record;
BEGIN
  IF caller IS NULL OR caller_user IS NULL THEN
    RAISE EXCEPTION 'dashboard_rollup: no committee in scope' USING ERRCODE = '42501';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM tenant x WHERE x.id = caller AND x.level = 'CITY') THEN
    RAISE EXCEPTION 'dashboard_rollup: only a city committee may roll up' USING ERRCODE = '42501';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM tenant_membership m WHERE m.tenant_id = caller AND m.user_id = caller_user) THEN
    RAISE EXCEPTION 'dashboard_rollup: caller does not serve this committee' USING ERRCODE = '42501';
  END IF;

  FOR t IN SELECT x.id, x.name, (x.id = caller) AS is_caller, x.sort_order FROM tenant x
            WHERE x.id = caller OR x.parent_id = caller
            ORDER BY (x.id = caller) DESC, x.sort_order, x.name LOOP
    PERFORM set_config('app.tenant_id', t.id::text, true);
    SELECT cs.id, cs.name, cs.number INTO s FROM committee_session cs
     WHERE cs.tenant_id = t.id AND (CASE WHEN p_session_number IS NULL THEN cs.is_current ELSE cs.number = p_session_number END)
     ORDER BY cs.number DESC LIMIT 1;
    tenant_id := t.id;
    tenant_name := t.name;
    session_id := s.id;
    session_name := s.name;
    session_number := s.number;
    figures := dashboard_figures(t.id, s.id, p_from, p_to);
    RETURN NEXT;
  END LOOP;
  PERFORM set_config('app.tenant_id', caller::text, true);
END $$;

-- Indexes for the figures at scale (a committee with 50,000 proposals): the assignment scan of the
-- handling figures reads only live rows with what it needs; opinions by session and state.
CREATE INDEX "proposal_assignment_live_dashboard" ON "proposal_assignment" ("tenant_id", "proposal_id") INCLUDE ("unit_id", "deadline", "replied_at") WHERE "status" = 'ACTIVE';
CREATE INDEX "proposal_dashboard" ON "proposal" ("tenant_id", "session_id", "state") INCLUDE ("category_id", "submitted_at");
CREATE INDEX "opinion_dashboard" ON "opinion" ("tenant_id", "session_id", "state") INCLUDE ("submitted_at");
