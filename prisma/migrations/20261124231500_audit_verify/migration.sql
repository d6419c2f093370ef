-- One hash formula, used by the chain trigger and by the verifier, so they cannot drift apart.
CREATE FUNCTION audit_log_hash(prev text, chain text, user_id uuid, action text, target_type text, target_id text,
                               result text, detail jsonb, ip text, created_at timestamptz)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(
    prev || '|' || chain || '|' || coalesce(user_id::text, '') || '|' || action || '|' ||
    coalesce(target_type, '') || '|' || coalesce(target_id, '') || '|' || result || '|' ||
    coalesce(detail::text, '') || '|' || coalesce(ip, '') || '|' ||
    to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), 'UTF8')), 'hex')
$$;

CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  chain text := coalesce(NEW.tenant_id::text, 'platform');
  prev text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('audit:' || chain, 0));
  SELECT hash INTO prev FROM audit_log
   WHERE tenant_id IS NOT DISTINCT FROM NEW.tenant_id ORDER BY id DESC LIMIT 1;
  NEW.created_at := clock_timestamp();
  NEW.prev_hash := coalesce(prev, repeat('0', 64));
  NEW.hash := audit_log_hash(NEW.prev_hash, chain, NEW.user_id, NEW.action, NEW.target_type, NEW.target_id,
                             NEW.result, NEW.detail, NEW.ip, NEW.created_at);
  RETURN NEW;
END $$;

-- Walks the active tenant's chain (SECURITY INVOKER: RLS limits it to what the caller may read) and
-- returns the first row whose link or content does not match, or nothing when the chain is intact.
-- The oldest remaining row anchors the chain, so purging old rows by retention does not break it.
CREATE FUNCTION audit_log_verify()
RETURNS TABLE (checked bigint, first_broken_id bigint, reason text) LANGUAGE sql STABLE AS $$
  WITH walk AS (
    SELECT id, hash, prev_hash,
           lag(hash) OVER (ORDER BY id) AS expected_prev,
           row_number() OVER (ORDER BY id) AS n,
           audit_log_hash(prev_hash, tenant_id::text, user_id, action, target_type, target_id, result, detail, ip, created_at) AS recomputed
      FROM audit_log
     WHERE tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid
  ), broken AS (
    SELECT id, CASE WHEN recomputed IS DISTINCT FROM hash THEN 'content' ELSE 'link' END AS reason
      FROM walk
     WHERE recomputed IS DISTINCT FROM hash OR (n > 1 AND prev_hash IS DISTINCT FROM expected_prev)
     ORDER BY id LIMIT 1
  )
  SELECT (SELECT count(*) FROM walk), (SELECT id FROM broken), (SELECT reason FROM broken)
$$;
