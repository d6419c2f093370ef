-- 会议活动 → 消息与待办 (issue 6 × issue 8). meeting_notice is the module's outbox (one row per member per
-- event, written in the same statement as the invitations or changes); this trigger delivers each
-- statement's new rows to the inbox in two set-based INSERTs: a notification for members with an
-- account, and for an invitation a to-do "请回执" that the member's reply closes. It runs as the
-- caller, under the same committee's RLS scope, in the same transaction: nothing is announced for a
-- change that rolls back. delivered_at marks the rows the inbox has.

CREATE FUNCTION meeting_notice_to_inbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO notification (tenant_id, id, user_id, kind, title, body, link, source_type, source_id, sms)
  SELECT n.tenant_id, gen_random_uuid(), p.user_id, 'meeting.' || lower(n.kind::text),
         CASE n.kind
           WHEN 'INVITED' THEN '会议活动邀请：' || m.title
           WHEN 'CHANGED' THEN '会议活动有变更：' || m.title
           WHEN 'CANCELLED' THEN '会议活动已取消：' || m.title
           WHEN 'UNINVITED' THEN '您已不在邀请范围：' || m.title
           WHEN 'LEAVE_APPROVED' THEN '请假已批准：' || m.title
           ELSE '请假未获批准：' || m.title
         END,
         concat_ws('　', to_char(m.starts_at AT TIME ZONE 'Asia/Shanghai', 'MM"月"DD"日" HH24:MI'), m.place,
                   CASE WHEN n.note IS NOT NULL AND n.note <> '' THEN
                     CASE n.kind WHEN 'CHANGED' THEN '变更：' WHEN 'CANCELLED' THEN '原因：' ELSE '说明：' END || n.note END),
         '/portal/meetings/' || m.id, 'Meeting', m.id::text, n.kind IN ('INVITED', 'CHANGED', 'CANCELLED')
    FROM new_notices n
    JOIN meeting m ON m.tenant_id = n.tenant_id AND m.id = n.meeting_id
    JOIN member_profile p ON p.tenant_id = n.tenant_id AND p.id = n.member_id
   WHERE p.user_id IS NOT NULL;

  INSERT INTO todo_item (tenant_id, id, assignee_user_id, kind, title, link, source_type, source_id, due_at)
  SELECT n.tenant_id, gen_random_uuid(), p.user_id, 'meeting.rsvp', '请回执：' || m.title, '/portal/meetings/' || m.id,
         'Meeting', m.id::text, m.starts_at
    FROM new_notices n
    JOIN meeting m ON m.tenant_id = n.tenant_id AND m.id = n.meeting_id
    JOIN member_profile p ON p.tenant_id = n.tenant_id AND p.id = n.member_id
   WHERE n.kind = 'INVITED' AND p.user_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM todo_item t WHERE t.tenant_id = n.tenant_id AND t.source_type = 'Meeting'
                        AND t.source_id = m.id::text AND t.assignee_user_id = p.user_id AND t.kind = 'meeting.rsvp' AND t.done_at IS NULL);

  -- Cancelled for everyone, or no longer invited: the reply is not needed any more.
  UPDATE todo_item t SET done_at = now()
    FROM new_notices n JOIN member_profile p ON p.tenant_id = n.tenant_id AND p.id = n.member_id
   WHERE n.kind IN ('CANCELLED', 'UNINVITED') AND t.tenant_id = n.tenant_id AND t.source_type = 'Meeting'
     AND t.source_id = n.meeting_id::text AND t.assignee_user_id = p.user_id AND t.kind = 'meeting.rsvp' AND t.done_at IS NULL;

  UPDATE meeting_notice mn SET delivered_at = now()
    FROM new_notices n WHERE mn.tenant_id = n.tenant_id AND mn.id = n.id;
  RETURN NULL;
END $$;

CREATE TRIGGER meeting_notice_inbox AFTER INSERT ON meeting_notice
  REFERENCING NEW TABLE AS new_notices FOR EACH STATEMENT EXECUTE FUNCTION meeting_notice_to_inbox();

-- The member answered (参加 or 请假): the 回执 to-do is done.
CREATE FUNCTION meeting_reply_closes_todo() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE todo_item t SET done_at = now(), done_by = p.user_id
    FROM new_rows r JOIN member_profile p ON p.tenant_id = r.tenant_id AND p.id = r.member_id
   WHERE r.reply <> 'NONE' AND t.tenant_id = r.tenant_id AND t.source_type = 'Meeting' AND t.source_id = r.meeting_id::text
     AND t.assignee_user_id = p.user_id AND t.kind = 'meeting.rsvp' AND t.done_at IS NULL;
  RETURN NULL;
END $$;

CREATE TRIGGER meeting_reply_todo AFTER UPDATE ON meeting_invitation
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_reply_closes_todo();
