import { Tag } from "antd";
import type { FormInstance } from "antd";
import type { z } from "zod";
import { ASSESSMENT_TYPE_LABELS, SCORE_CAP_REASON_LABELS, type AssessmentType, type ScoreCapReason } from "@zhzx/shared";

/** Points as people write them: 5, 2.5, −3 (two decimals at most, no trailing zeros). */
export const fmt = (n: number | null | undefined) => (n === null || n === undefined ? "—" : String(Math.round(n * 100) / 100));
export const signed = (n: number) => (n > 0 ? `+${fmt(n)}` : fmt(n));

export const assessmentLabel = (t: AssessmentType) => ASSESSMENT_TYPE_LABELS[t];
export const capReasonLabel = (r: ScoreCapReason) => SCORE_CAP_REASON_LABELS[r];

export const RUN_TRIGGER_LABELS: Record<string, string> = { RULE_CHANGE: "规则变更", MANUAL: "手动计分", SEED: "初始数据" };

export function MaterialStatusTag({ status, label }: { status: string; label: string }) {
  return <Tag color={status === "ACCEPTED" ? "green" : status === "RETURNED" ? "red" : "blue"}>{label}</Tag>;
}

const GRADE_COLORS: Record<string, string> = { 优秀: "gold", 良好: "green", 合格: "blue", 不合格: "red", 基本合格: "orange" };
export function GradeTag({ grade }: { grade: string | null | undefined }) {
  return grade ? <Tag color={GRADE_COLORS[grade] ?? "default"}>{grade}</Tag> : <>—</>;
}

/** A rule as one line: “+5 分/项，每年最多 3 项，每年不超过 15 分”. */
export function ruleSummary(r: { points: number | null; maxItems: number | null; maxPointsPerYear: number | null }) {
  const parts = [r.points === null ? "按录入分值" : `${signed(r.points)} 分/项`];
  if (r.maxItems) parts.push(`每年最多 ${r.maxItems} 项`);
  if (r.maxPointsPerYear) parts.push(`每年不超过 ${fmt(r.maxPointsPerYear)} 分`);
  return parts.join("，");
}

/**
 * Validates with a shared zod schema and puts each message beside its field, nested paths included
 * (grades[1].minScore); fields fixed since the last try lose their messages. Returns the data or null.
 */
export function checkForm<S extends z.ZodType>(form: FormInstance, schema: S, values: unknown): z.output<S> | null {
  const parsed = schema.safeParse(values);
  const cleared = form.getFieldsError().filter((f) => f.errors.length).map((f) => ({ name: f.name, errors: [] as string[] }));
  const issues = parsed.success ? [] : parsed.error.issues.filter((i) => i.path.length > 0);
  const byName = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const i of issues) {
    const name = i.path.map((p) => (typeof p === "number" ? p : String(p)));
    const key = JSON.stringify(name);
    const entry = byName.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(i.message)) entry.errors.push(i.message);
    byName.set(key, entry);
  }
  form.setFields([...cleared, ...byName.values()]);
  return parsed.success ? parsed.data : null;
}

/** The first message of a failed schema that has no field (whole-object refinements). */
export function formLevelProblem(schema: z.ZodType, values: unknown): string | null {
  const parsed = schema.safeParse(values);
  if (parsed.success) return null;
  return parsed.error.issues.find((i) => i.path.length === 0)?.message ?? null;
}
