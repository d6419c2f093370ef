-- CreateTable
CREATE TABLE "notification" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "link" TEXT,
    "source_type" TEXT,
    "source_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(3),
    "sms" BOOLEAN NOT NULL DEFAULT false,
    "sms_sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "notification_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "todo_item" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "assignee_user_id" UUID,
    "assignee_permission" TEXT,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "link" TEXT,
    "source_type" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "done_at" TIMESTAMPTZ(3),
    "done_by" UUID,

    CONSTRAINT "todo_item_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "notification_tenant_id_user_id_created_at_idx" ON "notification"("tenant_id", "user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "notification_tenant_id_user_id_read_at_idx" ON "notification"("tenant_id", "user_id", "read_at");

-- CreateIndex
CREATE INDEX "todo_item_tenant_id_assignee_user_id_done_at_idx" ON "todo_item"("tenant_id", "assignee_user_id", "done_at");

-- CreateIndex
CREATE INDEX "todo_item_tenant_id_assignee_permission_done_at_idx" ON "todo_item"("tenant_id", "assignee_permission", "done_at");

-- CreateIndex
CREATE INDEX "todo_item_tenant_id_source_type_source_id_idx" ON "todo_item"("tenant_id", "source_type", "source_id");

-- Hand-written foreign keys (docs/ARCHITECTURE.md): recipients are members of the same tenant.
ALTER TABLE "notification" ADD CONSTRAINT "notification_membership_fkey"
  FOREIGN KEY ("tenant_id", "user_id") REFERENCES "tenant_membership"("tenant_id", "user_id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "todo_item" ADD CONSTRAINT "todo_item_membership_fkey"
  FOREIGN KEY ("tenant_id", "assignee_user_id") REFERENCES "tenant_membership"("tenant_id", "user_id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "todo_item" ADD CONSTRAINT "todo_item_assignee_check" CHECK (("assignee_user_id" IS NULL) <> ("assignee_permission" IS NULL));

-- Real-time push: a NOTIFY is delivered only when the inserting transaction commits, so a client is
-- never told about a notification that was rolled back. One payload per recipient per transaction
-- (PostgreSQL folds identical payloads), whatever the fan-out size.
CREATE FUNCTION inbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'notification' THEN
    PERFORM pg_notify('zhzx_inbox', json_build_object('t', NEW.tenant_id, 'u', NEW.user_id)::text);
  ELSE
    PERFORM pg_notify('zhzx_inbox', json_build_object('t', NEW.tenant_id, 'u', NEW.assignee_user_id, 'p', NEW.assignee_permission)::text);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER notification_notify AFTER INSERT ON "notification" FOR EACH ROW EXECUTE FUNCTION inbox_notify();
CREATE TRIGGER todo_item_notify AFTER INSERT OR UPDATE OF done_at ON "todo_item" FOR EACH ROW EXECUTE FUNCTION inbox_notify();
