/**
 * Test-only builders for scoring (owner connection, no actor): a committee with a session and members,
 * and hand-placed events, so each test asserts exact totals. Not imported by application code.
 */
import { randomUUID } from "node:crypto";
import type { PerformanceEventKind, Role } from "@zhzx/shared";
import { owner } from "../../../test/support/db";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { createDicts, createMember, type Dicts, type MemberSpec } from "../members/members.fixtures";

export interface World {
  tenantId: string;
  dicts: Dicts;
  session: { id: string; name: string };
  staff: Awaited<ReturnType<typeof createUser>>["viewer"];
  member(spec: Omit<MemberSpec, "terms"> & { sector?: number; party?: number; memberType?: number; committee?: number | null; sessionId?: string }): Promise<string>;
}

/** A committee whose current session spans startYear…endYear, and a 委员工作 staff member. */
export async function createWorld(opts: { startYear?: number; endYear?: number; roles?: Role[] } = {}): Promise<World> {
  const t = await createTenant();
  const dicts = await createDicts(t.id);
  const session = await owner.committeeSession.create({
    data: { tenantId: t.id, name: "第十五届", number: 15, startYear: opts.startYear ?? 2022, endYear: opts.endYear ?? 2026, isCurrent: true },
  });
  const { viewer: staff } = await createUser(t.id, opts.roles ?? ["STAFF", "MEMBER_AFFAIRS"]);
  return {
    tenantId: t.id,
    dicts,
    session,
    staff,
    member: (spec) =>
      createMember(t.id, dicts, {
        ...spec,
        terms: [{ sessionId: spec.sessionId ?? session.id, sector: spec.sector, party: spec.party, memberType: spec.memberType, committee: spec.committee }],
      }),
  };
}

/** An event at a China-time moment, e.g. at(“2024-05-01”) or at(“2024-05-01T23:30”). */
export const at = (local: string) => new Date(`${local.length === 10 ? `${local}T10:00` : local}:00+08:00`);

export async function addEvent(tenantId: string, memberId: string, kind: PerformanceEventKind, when: string, opts: { points?: number; revoked?: boolean; sourceType?: string } = {}) {
  return owner.performanceEvent.create({
    data: {
      tenantId,
      memberId,
      kind,
      occurredAt: at(when),
      sourceType: opts.sourceType ?? "Test",
      sourceId: randomUUID(),
      points: opts.points ?? null,
      revokedAt: opts.revoked ? new Date() : null,
    },
  });
}

export const CREATE_RULE_SET = `mutation($i: CreatePerformanceRuleSetInput!) {
  createPerformanceRuleSet(input: $i) {
    ruleSet { id version rules { id kind points maxItems maxPointsPerYear enabled } }
    recomputedRuns { id year memberCount ruleSetVersions { version } }
  }
}`;

export interface RuleSpec {
  kind: PerformanceEventKind;
  points?: number | null;
  maxItems?: number | null;
  maxPointsPerYear?: number | null;
  enabled?: boolean;
}

export async function createRuleSet(
  w: World,
  input: { name?: string; assessmentType?: "ANNUAL" | "SESSION"; effectiveFrom: string; effectiveTo?: string | null; grades?: { name: string; minScore: number | null }[]; rules: RuleSpec[]; showRankInPortal?: boolean },
) {
  const r = await execAs(w.staff, CREATE_RULE_SET, {
    i: { name: input.name ?? "测试考核办法", assessmentType: input.assessmentType ?? "ANNUAL", grades: input.grades ?? [], ...input },
  });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.createPerformanceRuleSet as {
    ruleSet: { id: string; version: number; rules: { id: string; kind: string }[] };
    recomputedRuns: { id: string; year: number | null; memberCount: number; ruleSetVersions: { version: number }[] }[];
  };
}

export const ruleId = (set: { rules: { id: string; kind: string }[] }, kind: PerformanceEventKind) => set.rules.find((r) => r.kind === kind)!.id;
