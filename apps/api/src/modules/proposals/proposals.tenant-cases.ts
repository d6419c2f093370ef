import { randomUUID } from "node:crypto";
import { defineTenantCases } from "../../../test/support/tenant-matrix";
import { owner } from "../../../test/support/db";
import { createDicts, createMember, createSession } from "../members/members.fixtures";

const uniq = () => randomUUID().slice(0, 8);

/** A proposal in `tenantId` with a live assignment, a reply and a feedback (owner connection). */
async function proposalIn(tenantId: string) {
  const dicts = await createDicts(tenantId, uniq());
  const session = await createSession(tenantId);
  const memberId = await createMember(tenantId, dicts, { name: "矩阵委员", terms: [{ sessionId: session.id }] });
  const unit = await owner.handlingUnit.create({ data: { tenantId, name: `矩阵单位${uniq()}` } });
  const proposal = await owner.proposal.create({
    data: { tenantId, sessionId: session.id, title: "矩阵提案", content: "<p>x</p>", submitterType: "MEMBER", memberId, submitterName: "矩阵委员", createdBy: randomUUID(), state: "REPLIED", terms: [] },
  });
  const assignment = await owner.proposalAssignment.create({ data: { tenantId, proposalId: proposal.id, unitId: unit.id, role: "LEAD", deadline: new Date("2099-01-01"), assignedBy: randomUUID() } });
  const reply = await owner.proposalReply.create({
    data: { tenantId, proposalId: proposal.id, assignmentId: assignment.id, unitId: unit.id, isLead: true, result: "A", content: "<p>答复</p>", round: 1, repliedBy: randomUUID(), repliedByName: "单位" },
  });
  return { sessionId: session.id, memberId, unitId: unit.id, proposalId: proposal.id, assignmentId: assignment.id, replyId: reply.id };
}

export default defineTenantCases(
  {
    table: "proposal_category",
    seed: async (tenantId) => {
      await owner.proposalCategory.create({ data: { tenantId, name: `分类${uniq()}` } });
    },
    insert: async (tenantId) => ({ text: `INSERT INTO proposal_category (tenant_id, id, name, updated_at) VALUES ($1, $2, $3, now())`, values: [tenantId, randomUUID(), `分类${uniq()}`] }),
  },
  {
    table: "proposal_setting",
    seed: async (tenantId) => {
      await owner.proposalSetting.upsert({ where: { tenantId }, create: { tenantId, assignDeadlineMonths: 3, returnWindowDays: 10, reminderDaysBeforeDeadline: 7 }, update: {} });
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO proposal_setting (tenant_id, assign_deadline_months, return_window_days, reminder_days_before_deadline, updated_at) VALUES ($1, 2, 5, 3, now())
             ON CONFLICT (tenant_id) DO UPDATE SET assign_deadline_months = 2`,
      values: [tenantId],
    }),
  },
  {
    table: "proposal",
    seed: async (tenantId) => {
      await proposalIn(tenantId);
    },
    insert: async (tenantId) => {
      const p = await proposalIn(tenantId);
      return {
        text: `INSERT INTO proposal (tenant_id, id, session_id, title, content, submitter_type, member_id, submitter_name, created_by, terms, updated_at)
               VALUES ($1, $2, $3, '插入提案', '<p>x</p>', 'MEMBER', $4, '矩阵委员', $5, '{}', now())`,
        values: [tenantId, randomUUID(), p.sessionId, p.memberId, randomUUID()],
      };
    },
  },
  {
    table: "proposal_cosigner",
    seed: async (tenantId) => {
      const p = await proposalIn(tenantId);
      await owner.proposalCosigner.create({ data: { tenantId, proposalId: p.proposalId, memberId: p.memberId, memberName: "矩阵委员" } });
    },
    insert: async (tenantId) => {
      const p = await proposalIn(tenantId);
      return { text: `INSERT INTO proposal_cosigner (tenant_id, proposal_id, member_id, member_name) VALUES ($1, $2, $3, '矩阵委员')`, values: [tenantId, p.proposalId, p.memberId] };
    },
  },
  {
    table: "proposal_event",
    seed: async (tenantId) => {
      const p = await proposalIn(tenantId);
      await owner.proposalEvent.create({ data: { tenantId, proposalId: p.proposalId, action: "create", fromState: "DRAFT", toState: "DRAFT", actorName: "矩阵" } });
    },
    insert: async (tenantId) => {
      const p = await proposalIn(tenantId);
      return { text: `INSERT INTO proposal_event (tenant_id, id, proposal_id, action, from_state, to_state, actor_name) VALUES ($1, $2, $3, 'create', 'DRAFT', 'DRAFT', '矩阵')`, values: [tenantId, randomUUID(), p.proposalId] };
    },
  },
  {
    table: "proposal_case_counter",
    seed: async (tenantId) => {
      await owner.proposalCaseCounter.create({ data: { tenantId, scopeId: randomUUID(), lastSeq: 3 } });
    },
    insert: async (tenantId) => ({ text: `INSERT INTO proposal_case_counter (tenant_id, scope_id, last_seq) VALUES ($1, $2, 1)`, values: [tenantId, randomUUID()] }),
  },
  {
    table: "proposal_assignment",
    seed: async (tenantId) => {
      await proposalIn(tenantId);
    },
    insert: async (tenantId) => {
      const p = await proposalIn(tenantId);
      return {
        text: `INSERT INTO proposal_assignment (tenant_id, id, proposal_id, unit_id, role, status, deadline, assigned_by) VALUES ($1, $2, $3, $4, 'CO', 'RETURNED', '2099-01-01', $5)`,
        values: [tenantId, randomUUID(), p.proposalId, p.unitId, randomUUID()],
      };
    },
  },
  {
    table: "proposal_assignment_request",
    seed: async (tenantId) => {
      const p = await proposalIn(tenantId);
      await owner.proposalAssignmentRequest.create({ data: { tenantId, assignmentId: p.assignmentId, proposalId: p.proposalId, kind: "RETURN", reason: "矩阵", requestedBy: randomUUID() } });
    },
    insert: async (tenantId) => {
      const p = await proposalIn(tenantId);
      return {
        text: `INSERT INTO proposal_assignment_request (tenant_id, id, assignment_id, proposal_id, kind, reason, requested_by) VALUES ($1, $2, $3, $4, 'RETURN', '矩阵', $5)`,
        values: [tenantId, randomUUID(), p.assignmentId, p.proposalId, randomUUID()],
      };
    },
  },
  {
    table: "proposal_reply",
    seed: async (tenantId) => {
      await proposalIn(tenantId);
    },
    insert: async (tenantId) => {
      const p = await proposalIn(tenantId);
      return {
        text: `INSERT INTO proposal_reply (tenant_id, id, proposal_id, assignment_id, unit_id, is_lead, result, content, round, replied_by, replied_by_name) VALUES ($1, $2, $3, $4, $5, true, 'B', '<p>二</p>', 2, $6, '单位')`,
        values: [tenantId, randomUUID(), p.proposalId, p.assignmentId, p.unitId, randomUUID()],
      };
    },
  },
  {
    table: "proposal_feedback",
    seed: async (tenantId) => {
      const p = await proposalIn(tenantId);
      await owner.proposalFeedback.create({ data: { tenantId, proposalId: p.proposalId, round: 1, satisfaction: "SATISFIED", submittedBy: randomUUID() } });
    },
    insert: async (tenantId) => {
      const p = await proposalIn(tenantId);
      return { text: `INSERT INTO proposal_feedback (tenant_id, id, proposal_id, round, satisfaction, submitted_by) VALUES ($1, $2, $3, 1, 'DISSATISFIED', $4)`, values: [tenantId, randomUUID(), p.proposalId, randomUUID()] };
    },
  },
  {
    table: "proposal_attachment",
    seed: async (tenantId) => {
      const p = await proposalIn(tenantId);
      await owner.proposalAttachment.create({ data: { tenantId, proposalId: p.proposalId, kind: "PROPOSAL", name: "a.pdf", mime: "application/pdf", size: 5, content: Buffer.from("%PDF-"), uploadedBy: randomUUID() } });
    },
    insert: async (tenantId) => {
      const p = await proposalIn(tenantId);
      return {
        text: `INSERT INTO proposal_attachment (tenant_id, id, proposal_id, kind, reply_id, name, mime, size, content, uploaded_by) VALUES ($1, $2, $3, 'REPLY', $4, 'b.pdf', 'application/pdf', 5, '\\x255044462d', $5)`,
        values: [tenantId, randomUUID(), p.proposalId, p.replyId, randomUUID()],
      };
    },
  },
  {
    table: "proposal_reminder",
    seed: async (tenantId) => {
      const p = await proposalIn(tenantId);
      await owner.proposalReminder.create({ data: { tenantId, proposalId: p.proposalId, assignmentId: p.assignmentId, unitId: p.unitId, kind: "NOT_SIGNED", day: new Date("2026-01-01"), message: "矩阵" } });
    },
    insert: async (tenantId) => {
      const p = await proposalIn(tenantId);
      return {
        text: `INSERT INTO proposal_reminder (tenant_id, id, proposal_id, assignment_id, unit_id, kind, day, message) VALUES ($1, $2, $3, $4, $5, 'OVERDUE', '2026-01-02', '矩阵')`,
        values: [tenantId, randomUUID(), p.proposalId, p.assignmentId, p.unitId],
      };
    },
  },
);
