import { defineTenantCases } from "../../../test/support/tenant-matrix";
import { owner } from "../../../test/support/db";
import { createUser } from "../../../test/support/factories";

export default defineTenantCases(
  {
    table: "notification",
    seed: async (tenantId) => {
      const { user } = await createUser(tenantId, ["MEMBER"]);
      await owner.notification.create({ data: { tenantId, userId: user.id, kind: "test", title: "测试消息" } });
    },
    insert: async (tenantId) => {
      const { user } = await createUser(tenantId, ["MEMBER"]);
      return { text: `INSERT INTO notification (tenant_id, id, user_id, kind, title) VALUES ($1, gen_random_uuid(), $2, 'test', '插入')`, values: [tenantId, user.id] };
    },
  },
  {
    table: "todo_item",
    seed: async (tenantId) => {
      await owner.todoItem.create({ data: { tenantId, assigneePermission: "user:manage", kind: "test", title: "测试待办", sourceType: "Test", sourceId: "x" } });
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO todo_item (tenant_id, id, assignee_permission, kind, title, source_type, source_id) VALUES ($1, gen_random_uuid(), 'user:manage', 'test', '插入', 'Test', 'y')`,
      values: [tenantId],
    }),
  },
);
