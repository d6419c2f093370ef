import { randomUUID } from "node:crypto";
import { defineTenantCases } from "../../../test/support/tenant-matrix";
import { owner } from "../../../test/support/db";
import { createDicts, createMember, createSession } from "./members.fixtures";

const uniq = () => randomUUID().slice(0, 8);

/** Builds a member with a term in `tenantId` (dictionaries and a session of its own). */
async function memberIn(tenantId: string) {
  const dicts = await createDicts(tenantId, uniq());
  const session = await createSession(tenantId);
  const memberId = await createMember(tenantId, dicts, { name: "矩阵委员", terms: [{ sessionId: session.id }] });
  return { dicts, session, memberId };
}

export default defineTenantCases(
  {
    table: "member_profile",
    seed: async (tenantId) => {
      await memberIn(tenantId);
    },
    insert: async (tenantId) => {
      const dicts = await createDicts(tenantId, uniq());
      return {
        text: `INSERT INTO member_profile (tenant_id, id, name, name_pinyin, name_initials, gender, birth_date, ethnic_group_id, education_id, work_unit_title, mobile, updated_at)
               VALUES ($1, $2, '插入委员', 'charuweiyuan', 'crwy', 'MALE', '1970-01-01', $3, $4, '单位', '13900000000', now())`,
        values: [tenantId, randomUUID(), dicts.ETHNIC_GROUP[0]!.id, dicts.EDUCATION[0]!.id],
      };
    },
  },
  {
    table: "member_term",
    seed: async (tenantId) => {
      await memberIn(tenantId);
    },
    insert: async (tenantId) => {
      const { dicts, memberId } = await memberIn(tenantId);
      const other = await createSession(tenantId);
      return {
        text: `INSERT INTO member_term (tenant_id, id, member_id, session_id, sector_id, party_id, member_type_id, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
        values: [tenantId, randomUUID(), memberId, other.id, dicts.SECTOR[0]!.id, dicts.PARTY[0]!.id, dicts.MEMBER_TYPE[0]!.id],
      };
    },
  },
  {
    table: "member_change_request",
    seed: async (tenantId) => {
      const { memberId } = await memberIn(tenantId);
      await owner.memberChangeRequest.create({ data: { tenantId, memberId, changes: [], submittedBy: randomUUID() } });
    },
    insert: async (tenantId) => {
      const { memberId } = await memberIn(tenantId);
      return {
        text: `INSERT INTO member_change_request (tenant_id, id, member_id, changes, submitted_by) VALUES ($1, $2, $3, '[]', $4)`,
        values: [tenantId, randomUUID(), memberId, randomUUID()],
      };
    },
  },
  {
    table: "member_photo",
    seed: async (tenantId) => {
      const { memberId } = await memberIn(tenantId);
      await owner.memberPhoto.create({ data: { tenantId, memberId, mime: "image/png", size: 4, content: Buffer.from([0x89, 0x50, 0x4e, 0x47]) } });
    },
    insert: async (tenantId) => {
      const { memberId } = await memberIn(tenantId);
      return {
        text: `INSERT INTO member_photo (tenant_id, member_id, mime, size, content, updated_at) VALUES ($1, $2, 'image/png', 4, '\\x89504e47', now())`,
        values: [tenantId, memberId],
      };
    },
  },
);
