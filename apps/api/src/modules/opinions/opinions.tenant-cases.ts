import { randomUUID } from "node:crypto";
import { defineTenantCases } from "../../../test/support/tenant-matrix";
import { owner } from "../../../test/support/db";
import { createDicts, createMember } from "../members/members.fixtures";

const uniq = () => randomUUID().slice(0, 8);

/** An item of a collective submitter in `tenantId` (the cheapest valid submitter). */
async function opinionIn(tenantId: string) {
  const c = await owner.collectiveSubmitter.create({ data: { tenantId, name: `矩阵集体${uniq()}` } });
  return owner.opinion.create({ data: { tenantId, title: "矩阵信息", content: "正文", state: "SUBMITTED", submitterKind: "COLLECTIVE", collectiveId: c.id, submitterName: c.name } });
}

async function instructionIn(tenantId: string) {
  const o = await opinionIn(tenantId);
  return owner.opinionInstruction.create({ data: { tenantId, opinionId: o.id, kind: "LEADER_INSTRUCTION", authorName: "市长", instructedAt: new Date("2025-05-01"), content: "请研究" } });
}

async function issueIn(tenantId: string) {
  const t = await owner.journalType.create({ data: { tenantId, name: `矩阵刊物${uniq()}` } });
  return owner.journalIssue.create({ data: { tenantId, typeId: t.id, year: 2025, number: 1 } });
}

export default defineTenantCases(
  {
    table: "opinion_attachment",
    seed: async (tenantId) => {
      const o = await opinionIn(tenantId);
      const content = Buffer.from("%PDF-1.4 矩阵");
      await owner.opinionAttachment.create({ data: { tenantId, opinionId: o.id, name: "矩阵.pdf", mime: "application/pdf", size: content.length, content, uploadedBy: randomUUID() } });
    },
    insert: async (tenantId) => {
      const o = await opinionIn(tenantId);
      return {
        text: `INSERT INTO opinion_attachment (tenant_id, id, opinion_id, name, mime, size, content, uploaded_by) VALUES ($1, $2, $3, 'x.pdf', 'application/pdf', 1, '\\x25'::bytea, $4)`,
        values: [tenantId, randomUUID(), o.id, randomUUID()],
      };
    },
  },
  {
    table: "opinion_instruction_attachment",
    seed: async (tenantId) => {
      const i = await instructionIn(tenantId);
      const content = Buffer.from("%PDF-1.4 批示");
      await owner.opinionInstructionAttachment.create({ data: { tenantId, instructionId: i.id, name: "批示.pdf", mime: "application/pdf", size: content.length, content, uploadedBy: randomUUID() } });
    },
    insert: async (tenantId) => {
      const i = await instructionIn(tenantId);
      return {
        text: `INSERT INTO opinion_instruction_attachment (tenant_id, id, instruction_id, name, mime, size, content, uploaded_by) VALUES ($1, $2, $3, 'x.pdf', 'application/pdf', 1, '\\x25'::bytea, $4)`,
        values: [tenantId, randomUUID(), i.id, randomUUID()],
      };
    },
  },
  {
    table: "opinion",
    seed: async (tenantId) => {
      await opinionIn(tenantId);
    },
    insert: async (tenantId) => {
      const c = await owner.collectiveSubmitter.create({ data: { tenantId, name: `矩阵集体${uniq()}` } });
      return {
        text: `INSERT INTO opinion (tenant_id, id, title, content, state, origin, submitter_kind, collective_id, submitter_name, updated_at)
               VALUES ($1, $2, '插入', '正文', 'SUBMITTED', 'DIRECT', 'COLLECTIVE', $3, '集体', now())`,
        values: [tenantId, randomUUID(), c.id],
      };
    },
  },
  {
    table: "opinion_cosigner",
    seed: async (tenantId) => {
      const o = await opinionIn(tenantId);
      const memberId = await createMember(tenantId, await createDicts(tenantId, uniq()), { name: "联名委员" });
      await owner.opinionCosigner.create({ data: { tenantId, opinionId: o.id, memberId, memberName: "联名委员" } });
    },
    insert: async (tenantId) => {
      const o = await opinionIn(tenantId);
      const memberId = await createMember(tenantId, await createDicts(tenantId, uniq()), { name: "联名委员" });
      return { text: `INSERT INTO opinion_cosigner (tenant_id, opinion_id, member_id, member_name) VALUES ($1, $2, $3, '联名委员')`, values: [tenantId, o.id, memberId] };
    },
  },
  {
    table: "opinion_version",
    seed: async (tenantId) => {
      const o = await opinionIn(tenantId);
      await owner.opinionVersion.create({ data: { tenantId, opinionId: o.id, no: 1, title: o.title, content: o.content, editorName: "报送者" } });
    },
    insert: async (tenantId) => {
      const o = await opinionIn(tenantId);
      return { text: `INSERT INTO opinion_version (tenant_id, id, opinion_id, no, title, content, editor_name) VALUES ($1, $2, $3, 1, 't', 'c', 'e')`, values: [tenantId, randomUUID(), o.id] };
    },
  },
  {
    table: "opinion_event",
    seed: async (tenantId) => {
      const o = await opinionIn(tenantId);
      await owner.opinionEvent.create({ data: { tenantId, opinionId: o.id, action: "submit", fromState: "DRAFT", toState: "SUBMITTED", actorName: "报送者" } });
    },
    insert: async (tenantId) => {
      const o = await opinionIn(tenantId);
      return { text: `INSERT INTO opinion_event (tenant_id, id, opinion_id, action, to_state, actor_name) VALUES ($1, $2, $3, 'submit', 'SUBMITTED', 'a')`, values: [tenantId, randomUUID(), o.id] };
    },
  },
  {
    table: "opinion_instruction",
    seed: async (tenantId) => {
      const o = await opinionIn(tenantId);
      await owner.opinionInstruction.create({ data: { tenantId, opinionId: o.id, kind: "LEADER_INSTRUCTION", authorName: "市长", instructedAt: new Date("2025-05-01"), content: "请研究" } });
    },
    insert: async (tenantId) => {
      const o = await opinionIn(tenantId);
      return {
        text: `INSERT INTO opinion_instruction (tenant_id, id, opinion_id, kind, author_name, instructed_at, content) VALUES ($1, $2, $3, 'LEADER_INSTRUCTION', '市长', '2025-05-01', '阅')`,
        values: [tenantId, randomUUID(), o.id],
      };
    },
  },
  {
    table: "opinion_forward",
    seed: async (tenantId) => {
      const o = await opinionIn(tenantId);
      await owner.opinionForward.create({ data: { tenantId, opinionId: o.id, direction: "OUT", peerTenantId: randomUUID(), peerOpinionId: randomUUID() } });
    },
    insert: async (tenantId) => {
      const o = await opinionIn(tenantId);
      return {
        text: `INSERT INTO opinion_forward (tenant_id, id, opinion_id, direction, peer_tenant_id, peer_opinion_id) VALUES ($1, $2, $3, 'OUT', $4, $5)`,
        values: [tenantId, randomUUID(), o.id, randomUUID(), randomUUID()],
      };
    },
  },
  {
    table: "journal_type",
    seed: async (tenantId) => {
      await owner.journalType.create({ data: { tenantId, name: `矩阵刊物${uniq()}` } });
    },
    insert: async (tenantId) => ({ text: `INSERT INTO journal_type (tenant_id, id, name, updated_at) VALUES ($1, $2, $3, now())`, values: [tenantId, randomUUID(), `插入刊物${uniq()}`] }),
  },
  {
    table: "journal_issue",
    seed: async (tenantId) => {
      await issueIn(tenantId);
    },
    insert: async (tenantId) => {
      const t = await owner.journalType.create({ data: { tenantId, name: `矩阵刊物${uniq()}` } });
      return { text: `INSERT INTO journal_issue (tenant_id, id, type_id, year, number, updated_at) VALUES ($1, $2, $3, 2025, 1, now())`, values: [tenantId, randomUUID(), t.id] };
    },
  },
);
