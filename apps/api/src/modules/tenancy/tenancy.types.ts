import { Field, ID, ObjectType } from "type-graphql";
import { TenantLevelEnum } from "../../core/graphql-enums";
import type { TenantLevel } from "@zhzx/shared";

@ObjectType({ description: "委员会（租户）" })
export class TenantType {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => TenantLevelEnum) level!: TenantLevel;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
}

export const presentTenant = (t: { id: string; code: string; name: string; level: string; parentId: string | null }): TenantType => ({
  id: t.id,
  code: t.code,
  name: t.name,
  level: t.level as TenantLevel,
  parentId: t.parentId,
});
