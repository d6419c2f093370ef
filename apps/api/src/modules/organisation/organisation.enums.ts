import { registerEnumType } from "type-graphql";
import { DICT_KIND_LABELS, DICT_KINDS, ORG_UNIT_KIND_LABELS, ORG_UNIT_KINDS, type DictKind, type OrgUnitKind } from "@zhzx/shared";

// type-graphql wants enum objects; the shared package owns the lists and labels.
export const DictKindEnum = Object.fromEntries(DICT_KINDS.map((k) => [k, k])) as { [K in DictKind]: K };
registerEnumType(DictKindEnum, {
  name: "DictKind",
  description: "字典类别",
  valuesConfig: Object.fromEntries(DICT_KINDS.map((k) => [k, { description: DICT_KIND_LABELS[k] }])),
});

export const OrgUnitKindEnum = Object.fromEntries(ORG_UNIT_KINDS.map((k) => [k, k])) as { [K in OrgUnitKind]: K };
registerEnumType(OrgUnitKindEnum, {
  name: "OrgUnitKind",
  description: "单位类别",
  valuesConfig: Object.fromEntries(ORG_UNIT_KINDS.map((k) => [k, { description: ORG_UNIT_KIND_LABELS[k] }])),
});
