import { registerEnumType } from "type-graphql";
import {
  CHANGE_REQUEST_STATUS_LABELS,
  CHANGE_REQUEST_STATUSES,
  GENDER_LABELS,
  GENDERS,
  MEMBER_SORT_FIELDS,
  SORT_DIRECTIONS,
  type ChangeRequestStatus,
  type Gender,
  type MemberSortField,
  type SortDirection,
} from "@zhzx/shared";

const enumOf = <T extends string>(xs: readonly T[]) => Object.fromEntries(xs.map((x) => [x, x])) as { [K in T]: K };

export const GenderEnum = enumOf<Gender>(GENDERS);
registerEnumType(GenderEnum, { name: "Gender", valuesConfig: { MALE: { description: GENDER_LABELS.MALE }, FEMALE: { description: GENDER_LABELS.FEMALE } } });

export const ChangeRequestStatusEnum = enumOf<ChangeRequestStatus>(CHANGE_REQUEST_STATUSES);
registerEnumType(ChangeRequestStatusEnum, {
  name: "ChangeRequestStatus",
  valuesConfig: Object.fromEntries(CHANGE_REQUEST_STATUSES.map((s) => [s, { description: CHANGE_REQUEST_STATUS_LABELS[s] }])),
});

export const MemberSortFieldEnum = enumOf<MemberSortField>(MEMBER_SORT_FIELDS);
registerEnumType(MemberSortFieldEnum, {
  name: "MemberSortField",
  valuesConfig: { NAME: { description: "姓名（按拼音）" }, BIRTH_DATE: { description: "出生日期" }, CREATED_AT: { description: "建档时间" }, UPDATED_AT: { description: "修改时间" } },
});

export const SortDirectionEnum = enumOf<SortDirection>(SORT_DIRECTIONS);
registerEnumType(SortDirectionEnum, { name: "SortDirection" });
