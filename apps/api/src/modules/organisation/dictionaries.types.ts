import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { DictKind } from "@zhzx/shared";
import { DictKindEnum } from "./organisation.enums";

@ObjectType({ description: "字典项：界别、党派、专委会、民族、学历、委员类型、机关部门" })
export class DictItemType {
  @Field(() => ID) id!: string;
  @Field(() => DictKindEnum) kind!: DictKind;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Boolean, { description: "停用后不再可选，已有记录保留" }) disabled!: boolean;
}

@InputType()
export class CreateDictItemInput {
  @Field(() => DictKindEnum) kind!: DictKind;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number | null;
}

@InputType({ description: "只修改给出的字段" })
export class UpdateDictItemInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number;
  @Field(() => Boolean, { nullable: true }) disabled?: boolean;
}

export const presentDictItem = (d: { id: string; kind: string; name: string; code: string | null; sortOrder: number; disabled: boolean }): DictItemType => ({
  id: d.id,
  kind: d.kind as DictKind,
  name: d.name,
  code: d.code,
  sortOrder: d.sortOrder,
  disabled: d.disabled,
});
