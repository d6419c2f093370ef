import { randomUUID } from "node:crypto";
import { defineTenantCases } from "../../../test/support/tenant-matrix";
import { createDicts, createMember, createSession } from "../members/members.fixtures";

async function memberIn(tenantId: string) {
  const dicts = await createDicts(tenantId, randomUUID().slice(0, 8));
  const session = await createSession(tenantId);
  return createMember(tenantId, dicts, { name: "履职委员", terms: [{ sessionId: session.id }] });
}

const db = async () => (await import("../../../test/support/db")).owner;

async function ruleSetIn(tenantId: string) {
  const owner = await db();
  const rs = await owner.performanceRuleSet.create({ data: { tenantId, name: `考核办法${randomUUID().slice(0, 6)}`, assessmentType: "ANNUAL", effectiveFrom: new Date("2024-01-01"), grades: [] } });
  await owner.performanceRule.create({ data: { tenantId, ruleSetId: rs.id, kind: "SPEECH_DELIVERED", points: 5 } });
  await owner.performanceRuleSetVersion.create({ data: { tenantId, ruleSetId: rs.id, version: 1, name: rs.name, assessmentType: "ANNUAL", effectiveFrom: rs.effectiveFrom, grades: [], rules: [], change: "新建" } });
  return rs.id;
}

async function runIn(tenantId: string) {
  const owner = await db();
  const session = await createSession(tenantId);
  const run = await owner.performanceScoreRun.create({
    data: { tenantId, assessmentType: "ANNUAL", year: 2024, sessionId: session.id, periodStart: new Date("2023-12-31T16:00:00Z"), periodEnd: new Date("2024-12-31T16:00:00Z"), trigger: "MANUAL", memberCount: 1 },
  });
  return { runId: run.id, sessionId: session.id };
}

export default defineTenantCases(
  {
    table: "performance_event",
    seed: async (tenantId) => {
      const memberId = await memberIn(tenantId);
      await (await db()).performanceEvent.create({ data: { tenantId, memberId, kind: "BONUS", occurredAt: new Date(), sourceType: "Test", sourceId: randomUUID(), points: 1 } });
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO performance_event (tenant_id, id, member_id, kind, occurred_at, source_type, source_id) VALUES ($1, $2, $3, 'BONUS', now(), 'Test', 'x')`,
      values: [tenantId, randomUUID(), await memberIn(tenantId)],
    }),
  },
  {
    table: "performance_rule_set",
    seed: async (tenantId) => void (await ruleSetIn(tenantId)),
    insert: async (tenantId) => ({
      text: `INSERT INTO performance_rule_set (tenant_id, id, name, assessment_type, effective_from, grades, updated_at) VALUES ($1, $2, '新办法', 'SESSION', '2025-01-01', '[]', now())`,
      values: [tenantId, randomUUID()],
    }),
  },
  {
    table: "performance_rule",
    seed: async (tenantId) => void (await ruleSetIn(tenantId)),
    insert: async (tenantId) => ({
      text: `INSERT INTO performance_rule (tenant_id, id, rule_set_id, kind, points, updated_at) VALUES ($1, $2, $3, 'MEETING_ATTENDED', 2, now())`,
      values: [tenantId, randomUUID(), await ruleSetIn(tenantId)],
    }),
  },
  {
    table: "performance_rule_set_version",
    seed: async (tenantId) => void (await ruleSetIn(tenantId)),
    insert: async (tenantId) => ({
      text: `INSERT INTO performance_rule_set_version (tenant_id, id, rule_set_id, version, name, assessment_type, effective_from, grades, rules, change)
             VALUES ($1, $2, $3, 2, '办法', 'ANNUAL', '2024-01-01', '[]', '[]', '修改')`,
      values: [tenantId, randomUUID(), await ruleSetIn(tenantId)],
    }),
  },
  {
    table: "performance_score_run",
    seed: async (tenantId) => void (await runIn(tenantId)),
    insert: async (tenantId) => ({
      text: `INSERT INTO performance_score_run (tenant_id, id, assessment_type, year, session_id, period_start, period_end, rule_set_version_ids, trigger, member_count)
             VALUES ($1, $2, 'ANNUAL', 2024, $3, '2024-01-01', '2025-01-01', '{}', 'MANUAL', 0)`,
      values: [tenantId, randomUUID(), (await runIn(tenantId)).sessionId],
    }),
  },
  {
    table: "performance_score",
    seed: async (tenantId) => {
      const { runId } = await runIn(tenantId);
      await (await db()).performanceScore.create({ data: { tenantId, runId, memberId: await memberIn(tenantId), total: 10, rawTotal: 12, rank: 1, eventCount: 2 } });
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO performance_score (tenant_id, run_id, member_id, total, raw_total, rank, event_count) VALUES ($1, $2, $3, 5, 5, 1, 1)`,
      values: [tenantId, (await runIn(tenantId)).runId, await memberIn(tenantId)],
    }),
  },
  {
    table: "performance_bonus",
    seed: async (tenantId) => {
      await (await db()).performanceBonus.create({ data: { tenantId, memberId: await memberIn(tenantId), points: 2, reason: "课题调研", occurredOn: new Date("2025-03-01") } });
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO performance_bonus (tenant_id, id, member_id, points, reason, occurred_on) VALUES ($1, $2, $3, -1, '缺席', '2025-03-01')`,
      values: [tenantId, randomUUID(), await memberIn(tenantId)],
    }),
  },
  {
    table: "performance_material",
    seed: async (tenantId) => {
      await (await db()).performanceMaterial.create({ data: { tenantId, memberId: await memberIn(tenantId), title: "调研报告", content: "正文", occurredOn: new Date("2025-03-01") } });
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO performance_material (tenant_id, id, member_id, title, content, occurred_on, updated_at) VALUES ($1, $2, $3, '视察报告', '正文', '2025-03-01', now())`,
      values: [tenantId, randomUUID(), await memberIn(tenantId)],
    }),
  },
);
