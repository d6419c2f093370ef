import { randomUUID } from "node:crypto";
import { defineTenantCases } from "../../../test/support/tenant-matrix";
import { owner } from "../../../test/support/db";
import { createUser } from "../../../test/support/factories";

async function noticeIn(tenantId: string) {
  return owner.notice.create({ data: { tenantId, title: "矩阵通知", body: "正文", audience: "ALL_MEMBERS", sectorIds: [], partyIds: [], specialCommitteeIds: [], createdBy: "矩阵" } });
}

export default defineTenantCases(
  {
    table: "notice",
    seed: async (tenantId) => {
      await noticeIn(tenantId);
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO notice (tenant_id, id, title, body, audience, sector_ids, party_ids, special_committee_ids, created_by, updated_at)
             VALUES ($1, $2, '插入通知', '正文', 'ALL_MEMBERS', '{}', '{}', '{}', '矩阵', now())`,
      values: [tenantId, randomUUID()],
    }),
  },
  {
    table: "notice_receipt",
    seed: async (tenantId) => {
      const n = await noticeIn(tenantId);
      const { user } = await createUser(tenantId, ["MEMBER"]);
      await owner.noticeReceipt.create({ data: { tenantId, noticeId: n.id, userId: user.id } });
    },
    insert: async (tenantId) => {
      const n = await noticeIn(tenantId);
      const { user } = await createUser(tenantId, ["MEMBER"]);
      return { text: `INSERT INTO notice_receipt (tenant_id, notice_id, user_id) VALUES ($1, $2, $3)`, values: [tenantId, n.id, user.id] };
    },
  },
);
