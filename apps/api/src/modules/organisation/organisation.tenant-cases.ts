import { randomUUID } from "node:crypto";
import { defineTenantCases } from "../../../test/support/tenant-matrix";
import { owner } from "../../../test/support/db";
import { createSession, nextSessionNumber } from "../members/members.fixtures";

const uniq = () => randomUUID().slice(0, 8);

export default defineTenantCases(
  {
    table: "dict_item",
    seed: async (tenantId) => {
      await owner.dictItem.create({ data: { tenantId, kind: "SECTOR", name: `界别${uniq()}` } });
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO dict_item (tenant_id, id, kind, name, updated_at) VALUES ($1, $2, 'PARTY', $3, now())`,
      values: [tenantId, randomUUID(), `党派${uniq()}`],
    }),
  },
  {
    table: "handling_unit",
    seed: async (tenantId) => {
      await owner.handlingUnit.create({ data: { tenantId, name: `承办单位${uniq()}` } });
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO handling_unit (tenant_id, id, name, updated_at) VALUES ($1, $2, $3, now())`,
      values: [tenantId, randomUUID(), `承办单位${uniq()}`],
    }),
  },
  {
    table: "collective_submitter",
    seed: async (tenantId) => {
      await owner.collectiveSubmitter.create({ data: { tenantId, name: `集体${uniq()}` } });
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO collective_submitter (tenant_id, id, name, updated_at) VALUES ($1, $2, $3, now())`,
      values: [tenantId, randomUUID(), `集体${uniq()}`],
    }),
  },
  {
    table: "committee_session",
    seed: async (tenantId) => {
      await createSession(tenantId);
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO committee_session (tenant_id, id, name, number, start_year, end_year, updated_at) VALUES ($1, $2, $3, $4, 2020, 2024, now())`,
      values: [tenantId, randomUUID(), `届${uniq()}`, nextSessionNumber()],
    }),
  },
  {
    table: "session_meeting",
    seed: async (tenantId) => {
      const s = await createSession(tenantId);
      await owner.sessionMeeting.create({ data: { tenantId, sessionId: s.id, number: 1, name: "第一次会议", year: 2020 } });
    },
    insert: async (tenantId) => {
      const s = await createSession(tenantId);
      return {
        text: `INSERT INTO session_meeting (tenant_id, id, session_id, number, name, year, updated_at) VALUES ($1, $2, $3, 2, '第二次会议', 2021, now())`,
        values: [tenantId, randomUUID(), s.id],
      };
    },
  },
);
