import { registerEnumType } from "type-graphql";
import {
  COSIGN_STATUS_LABELS,
  COSIGN_STATUSES,
  INSTRUCTION_KIND_LABELS,
  INSTRUCTION_KINDS,
  JOURNAL_ISSUE_STATUS_LABELS,
  JOURNAL_ISSUE_STATUSES,
  OPINION_ACTION_LABELS,
  OPINION_ACTIONS,
  OPINION_ORIGIN_LABELS,
  OPINION_ORIGINS,
  OPINION_STATE_LABELS,
  OPINION_STATES,
  OPINION_SUBMITTER_KIND_LABELS,
  OPINION_SUBMITTER_KINDS,
  type CosignStatus,
  type InstructionKind,
  type JournalIssueStatus,
  type OpinionAction,
  type OpinionOrigin,
  type OpinionState,
  type OpinionSubmitterKind,
} from "@zhzx/shared";

// type-graphql wants enum objects; the shared package owns the lists and labels.
const enumOf = <T extends string>(xs: readonly T[]) => Object.fromEntries(xs.map((x) => [x, x])) as { [K in T]: K };
const described = <T extends string>(labels: Record<T, string>) => Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v as string }]));

export const OpinionStateEnum = enumOf<OpinionState>(OPINION_STATES);
registerEnumType(OpinionStateEnum, { name: "OpinionState", description: "社情民意状态", valuesConfig: described(OPINION_STATE_LABELS) });

export const OpinionActionEnum = enumOf<OpinionAction>(OPINION_ACTIONS);
registerEnumType(OpinionActionEnum, { name: "OpinionAction", description: "社情民意流转动作", valuesConfig: described(OPINION_ACTION_LABELS) });

export const OpinionOriginEnum = enumOf<OpinionOrigin>(OPINION_ORIGINS);
registerEnumType(OpinionOriginEnum, { name: "OpinionOrigin", description: "来源", valuesConfig: described(OPINION_ORIGIN_LABELS) });

export const OpinionSubmitterKindEnum = enumOf<OpinionSubmitterKind>(OPINION_SUBMITTER_KINDS);
registerEnumType(OpinionSubmitterKindEnum, { name: "OpinionSubmitterKind", description: "报送者类别", valuesConfig: described(OPINION_SUBMITTER_KIND_LABELS) });

export const CosignStatusEnum = enumOf<CosignStatus>(COSIGN_STATUSES);
registerEnumType(CosignStatusEnum, { name: "CosignStatus", description: "联名确认状态", valuesConfig: described(COSIGN_STATUS_LABELS) });

export const InstructionKindEnum = enumOf<InstructionKind>(INSTRUCTION_KINDS);
registerEnumType(InstructionKindEnum, { name: "InstructionKind", description: "批示反馈类型", valuesConfig: described(INSTRUCTION_KIND_LABELS) });

export const JournalIssueStatusEnum = enumOf<JournalIssueStatus>(JOURNAL_ISSUE_STATUSES);
registerEnumType(JournalIssueStatusEnum, { name: "JournalIssueStatus", description: "期刊状态", valuesConfig: described(JOURNAL_ISSUE_STATUS_LABELS) });

export const DIFF_LINE_KINDS = ["SAME", "ADDED", "REMOVED"] as const;
export type DiffLineKind = (typeof DIFF_LINE_KINDS)[number];
export const DiffLineKindEnum = enumOf<DiffLineKind>(DIFF_LINE_KINDS);
registerEnumType(DiffLineKindEnum, { name: "DiffLineKind", valuesConfig: { SAME: { description: "未改动" }, ADDED: { description: "新增" }, REMOVED: { description: "删除" } } });
