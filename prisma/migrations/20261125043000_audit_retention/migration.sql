-- 审计日志保留期 (等保三级: at least 180 days). The log stays append-only for everyone; the only way to
-- remove rows is audit_log_purge(), which refuses anything younger than the retention period, deletes an
-- oldest-first prefix of the caller's committee chain (so the oldest remaining row anchors the chain, see
-- audit_log_verify) and records the purge itself as a new link of that chain.

CREATE OR REPLACE FUNCTION audit_log_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Only audit_log_purge() sets app.audit_purge, and only for rows past the 180-day floor.
  IF TG_OP = 'DELETE' AND current_setting('app.audit_purge', true) = 'on'
     AND OLD.created_at < now() - interval '180 days' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE FUNCTION audit_log_purge(p_before timestamptz, p_retention_days int)
RETURNS TABLE (deleted bigint, anchor text) LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  caller uuid := NULLIF(current_setting('app.tenant_id', true), '')::uuid;
  actor uuid := NULLIF(current_setting('app.user_id', true), '')::uuid;
  n bigint;
  first_left audit_log%ROWTYPE;
BEGIN
  IF caller IS NULL THEN
    RAISE EXCEPTION 'audit_log_purge: no committee in scope' USING ERRCODE = '42501';
  END IF;
  IF p_retention_days < 180 OR p_before > now() - make_interval(days => p_retention_days) THEN
    RAISE EXCEPTION 'audit_log_purge: rows younger than the retention period are kept' USING ERRCODE = '22023';
  END IF;
  -- The same lock as the chain trigger: no row is appended to this chain while its prefix goes.
  PERFORM pg_advisory_xact_lock(hashtextextended('audit:' || caller::text, 0));
  PERFORM set_config('app.audit_purge', 'on', true);
  DELETE FROM audit_log WHERE tenant_id = caller AND created_at < p_before;
  GET DIAGNOSTICS n = ROW_COUNT;
  PERFORM set_config('app.audit_purge', '', true);
  SELECT * INTO first_left FROM audit_log WHERE tenant_id = caller ORDER BY id LIMIT 1;
  INSERT INTO audit_log (tenant_id, user_id, username, action, target_type, target_id, result, detail)
  VALUES (caller, actor, (SELECT username FROM app_user WHERE id = actor), 'audit.purge', 'AuditLog', NULL, 'SUCCESS',
          jsonb_build_object('before', p_before, 'deleted', n, 'retentionDays', p_retention_days,
                             'firstRemainingId', first_left.id, 'anchor', first_left.prev_hash));
  RETURN QUERY SELECT n, first_left.prev_hash;
END $$;
