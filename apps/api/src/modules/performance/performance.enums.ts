import { registerEnumType } from "type-graphql";
import {
  ASSESSMENT_TYPE_LABELS,
  ASSESSMENT_TYPES,
  MATERIAL_STATUS_LABELS,
  MATERIAL_STATUSES,
  PERFORMANCE_EVENT_KINDS,
  PERFORMANCE_EVENT_LABELS,
  SCORE_CAP_REASON_LABELS,
  SCORE_CAP_REASONS,
  type AssessmentType,
  type MaterialStatus,
  type PerformanceEventKind,
  type ScoreCapReason,
} from "@zhzx/shared";

// type-graphql wants enum objects; the shared package owns the lists and the Chinese labels.
const enumOf = <T extends string>(xs: readonly T[]) => Object.fromEntries(xs.map((x) => [x, x])) as { [K in T]: K };
const described = <T extends string>(labels: Record<T, string>) => Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v as string }]));

export const PerformanceEventKindEnum = enumOf<PerformanceEventKind>(PERFORMANCE_EVENT_KINDS);
registerEnumType(PerformanceEventKindEnum, { name: "PerformanceEventKind", description: "履职事项类别", valuesConfig: described(PERFORMANCE_EVENT_LABELS) });

export const AssessmentTypeEnum = enumOf<AssessmentType>(ASSESSMENT_TYPES);
registerEnumType(AssessmentTypeEnum, { name: "AssessmentType", description: "考核类型", valuesConfig: described(ASSESSMENT_TYPE_LABELS) });

export const MaterialStatusEnum = enumOf<MaterialStatus>(MATERIAL_STATUSES);
registerEnumType(MaterialStatusEnum, { name: "PerformanceMaterialStatus", description: "履职材料状态", valuesConfig: described(MATERIAL_STATUS_LABELS) });

export const ScoreCapReasonEnum = enumOf<ScoreCapReason>(SCORE_CAP_REASONS);
registerEnumType(ScoreCapReasonEnum, { name: "ScoreCapReason", description: "计分被削减或不计分的原因", valuesConfig: described(SCORE_CAP_REASON_LABELS) });
