import { registerEnumType } from "type-graphql";
import {
  CIRCLE_KIND_LABELS,
  CIRCLE_KINDS,
  CIRCLE_MODERATION_ACTION_LABELS,
  CIRCLE_MODERATION_ACTIONS,
  CIRCLE_POST_ACTIONS,
  CIRCLE_POST_STATUS_LABELS,
  CIRCLE_POST_STATUSES,
  CIRCLE_REPORT_CATEGORIES,
  CIRCLE_REPORT_CATEGORY_LABELS,
  CIRCLE_REPORT_STATUS_LABELS,
  CIRCLE_REPORT_STATUSES,
  type CircleKind,
  type CircleModerationAction,
  type CirclePostAction,
  type CirclePostStatus,
  type CircleReportCategory,
  type CircleReportStatus,
} from "@zhzx/shared";

// type-graphql wants enum objects; the shared package owns the lists and the labels.
const enumOf = <T extends string>(xs: readonly T[]) => Object.fromEntries(xs.map((x) => [x, x])) as { [K in T]: K };
const register = <T extends string>(obj: Record<string, T>, name: string, labels: Partial<Record<T, string>>) =>
  registerEnumType(obj, { name, valuesConfig: Object.fromEntries(Object.keys(obj).map((k) => [k, { description: labels[k as T] }])) });

export const CircleKindEnum = enumOf<CircleKind>(CIRCLE_KINDS);
register(CircleKindEnum, "CircleKind", CIRCLE_KIND_LABELS);
export const CirclePostStatusEnum = enumOf<CirclePostStatus>(CIRCLE_POST_STATUSES);
register(CirclePostStatusEnum, "CirclePostStatus", CIRCLE_POST_STATUS_LABELS);
export const CircleReportCategoryEnum = enumOf<CircleReportCategory>(CIRCLE_REPORT_CATEGORIES);
register(CircleReportCategoryEnum, "CircleReportCategory", CIRCLE_REPORT_CATEGORY_LABELS);
export const CircleReportStatusEnum = enumOf<CircleReportStatus>(CIRCLE_REPORT_STATUSES);
register(CircleReportStatusEnum, "CircleReportStatus", CIRCLE_REPORT_STATUS_LABELS);
export const CircleModerationActionEnum = enumOf<CircleModerationAction>(CIRCLE_MODERATION_ACTIONS);
register(CircleModerationActionEnum, "CircleModerationAction", CIRCLE_MODERATION_ACTION_LABELS);
export const CirclePostActionEnum = enumOf<CirclePostAction>(CIRCLE_POST_ACTIONS);
register(CirclePostActionEnum, "CirclePostAction", CIRCLE_MODERATION_ACTION_LABELS);
