import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { OrgUnitKind } from "@zhzx/shared";
import { PageArgs } from "../../core/pagination";
import { OrgUnitKindEnum } from "./organisation.enums";
import { openContactPhone } from "./org-unit-pii";

@ObjectType({ description: "承办单位或集体用户" })
export class OrgUnitType {
  @Field(() => ID) id!: string;
  @Field(() => OrgUnitKindEnum) kind!: OrgUnitKind;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) shortName!: string | null;
  @Field(() => String, { nullable: true }) contactPerson!: string | null;
  @Field(() => String, { nullable: true }) contactPhone!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Boolean) disabled!: boolean;
  @Field(() => ID, { nullable: true, description: "关联的登录账号" }) userId!: string | null;
  @Field(() => String, { nullable: true, description: "关联账号的用户名" }) username!: string | null;
}

@ObjectType()
export class OrgUnitPage {
  @Field(() => [OrgUnitType]) items!: OrgUnitType[];
  @Field(() => Int) total!: number;
}

@ArgsType()
export class OrgUnitListArgs extends PageArgs {
  @Field(() => OrgUnitKindEnum) kind!: OrgUnitKind;
  @Field(() => String, { nullable: true, description: "按名称、简称搜索" }) search?: string | null;
  @Field(() => Boolean, { defaultValue: false }) includeDisabled!: boolean;
}

@InputType()
export class OrgUnitInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) shortName?: string | null;
  @Field(() => String, { nullable: true }) contactPerson?: string | null;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number | null;
  @Field(() => String, { nullable: true, description: "关联账号的用户名（须为本委员会的承办单位/集体用户角色账号）" }) username?: string | null;
}

@InputType({ description: "只修改给出的字段；username 传 null 表示解除关联" })
export class UpdateOrgUnitInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) shortName?: string | null;
  @Field(() => String, { nullable: true }) contactPerson?: string | null;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number;
  @Field(() => Boolean, { nullable: true }) disabled?: boolean;
  @Field(() => String, { nullable: true }) username?: string | null;
}

export type OrgUnitRow = {
  id: string;
  name: string;
  shortName: string | null;
  contactPerson: string | null;
  contactPhone: string | null;
  address: string | null;
  sortOrder: number;
  disabled: boolean;
  userId: string | null;
};

export const presentOrgUnit = (kind: OrgUnitKind, u: OrgUnitRow, usernames: Map<string, string>): OrgUnitType => ({
  id: u.id,
  kind,
  name: u.name,
  shortName: u.shortName,
  contactPerson: u.contactPerson,
  contactPhone: openContactPhone(u.contactPhone),
  address: u.address,
  sortOrder: u.sortOrder,
  disabled: u.disabled,
  userId: u.userId,
  username: u.userId ? (usernames.get(u.userId) ?? null) : null,
});
