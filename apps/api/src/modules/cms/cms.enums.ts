import { registerEnumType } from "type-graphql";
import {
  CMS_ARTICLE_ACTION_LABELS,
  CMS_ARTICLE_ACTIONS,
  CMS_ARTICLE_STATE_LABELS,
  CMS_ARTICLE_STATES,
  CMS_RIGHT_LABELS,
  CMS_RIGHTS,
  CMS_SORT_RULES,
  CMS_TEMPLATES,
  CMS_FIELD_TYPES,
  type CmsArticleAction,
  type CmsArticleState,
  type CmsRight,
} from "@zhzx/shared";

const enumOf = <T extends string>(xs: readonly T[]) => Object.fromEntries(xs.map((x) => [x, x])) as { [K in T]: K };
const described = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v }]));

export const CmsArticleStateEnum = enumOf<CmsArticleState>(CMS_ARTICLE_STATES);
registerEnumType(CmsArticleStateEnum, { name: "CmsArticleState", valuesConfig: described(CMS_ARTICLE_STATE_LABELS) });
export const CmsArticleActionEnum = enumOf<CmsArticleAction>(CMS_ARTICLE_ACTIONS);
registerEnumType(CmsArticleActionEnum, { name: "CmsArticleAction", valuesConfig: described(CMS_ARTICLE_ACTION_LABELS) });
// GraphQL enum values are conventionally upper case; the shared rights are lower case.
export const CmsRightEnum = { VIEW: "view", EDIT: "edit", REVIEW: "review", PUBLISH: "publish" } as const satisfies Record<string, CmsRight>;
registerEnumType(CmsRightEnum, { name: "CmsRight", valuesConfig: { VIEW: { description: CMS_RIGHT_LABELS.view }, EDIT: { description: CMS_RIGHT_LABELS.edit }, REVIEW: { description: CMS_RIGHT_LABELS.review }, PUBLISH: { description: CMS_RIGHT_LABELS.publish } } });
void CMS_RIGHTS;

export const CmsChannelKindEnum = { NORMAL: "NORMAL", VIRTUAL: "VIRTUAL" } as const;
registerEnumType(CmsChannelKindEnum, { name: "CmsChannelKind", valuesConfig: { NORMAL: { description: "普通栏目" }, VIRTUAL: { description: "虚拟栏目（聚合其他栏目）" } } });
export const CmsLinkKindEnum = { REFERENCE: "REFERENCE", MAPPING: "MAPPING" } as const;
registerEnumType(CmsLinkKindEnum, { name: "CmsLinkKind", valuesConfig: { REFERENCE: { description: "引用（链接到原文）" }, MAPPING: { description: "映射（在目标栏目生成页面）" } } });
export const CmsAclSubjectEnum = { USER: "USER", ROLE: "ROLE", DEPARTMENT: "DEPARTMENT" } as const;
registerEnumType(CmsAclSubjectEnum, { name: "CmsAclSubject", valuesConfig: { USER: { description: "人员" }, ROLE: { description: "角色" }, DEPARTMENT: { description: "部门" } } });
export const CmsPublishKindEnum = { FULL: "FULL", INCREMENTAL: "INCREMENTAL", SPECIFIED: "SPECIFIED" } as const;
registerEnumType(CmsPublishKindEnum, { name: "CmsPublishKind", valuesConfig: { FULL: { description: "完全发布" }, INCREMENTAL: { description: "增量发布" }, SPECIFIED: { description: "指定发布" } } });
export const CmsJobStateEnum = { QUEUED: "QUEUED", RUNNING: "RUNNING", DONE: "DONE", FAILED: "FAILED" } as const;
registerEnumType(CmsJobStateEnum, { name: "CmsJobState" });
export const CmsSubmissionStateEnum = { PENDING: "PENDING", ACCEPTED: "ACCEPTED", REJECTED: "REJECTED" } as const;
registerEnumType(CmsSubmissionStateEnum, { name: "CmsSubmissionState", valuesConfig: { PENDING: { description: "待处理" }, ACCEPTED: { description: "已采用" }, REJECTED: { description: "未采用" } } });
export const CmsTemplateEnum = enumOf(CMS_TEMPLATES);
registerEnumType(CmsTemplateEnum, { name: "CmsTemplate" });
export const CmsSortRuleEnum = enumOf(CMS_SORT_RULES);
registerEnumType(CmsSortRuleEnum, { name: "CmsSortRule" });
export const CmsFieldTypeEnum = enumOf(CMS_FIELD_TYPES);
registerEnumType(CmsFieldTypeEnum, { name: "CmsFieldType" });

export const toRightEnum = (r: CmsRight) => r; // values are the shared strings
export const CmsAssetKindEnum = { IMAGE: "IMAGE", ATTACHMENT: "ATTACHMENT" } as const;
registerEnumType(CmsAssetKindEnum, { name: "CmsAssetKind", valuesConfig: { IMAGE: { description: "图片（正文插图或封面）" }, ATTACHMENT: { description: "附件" } } });
