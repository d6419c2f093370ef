import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { Role } from "@zhzx/shared";
import { RoleEnum } from "../../core/graphql-enums";
import { PageArgs } from "../../core/pagination";

@ObjectType({ description: "本委员会的用户账号" })
export class UserType {
  @Field(() => ID) id!: string;
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => [RoleEnum]) roles!: Role[];
  @Field(() => Boolean) disabled!: boolean;
  @Field(() => Boolean) locked!: boolean;
  @Field(() => Boolean) mustChangePassword!: boolean;
  @Field(() => Date, { nullable: true }) lastLoginAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class UserPage {
  @Field(() => [UserType]) items!: UserType[];
  @Field(() => Int) total!: number;
}

@ArgsType()
export class UserListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "按用户名或姓名搜索" }) search?: string | null;
  @Field(() => RoleEnum, { nullable: true }) role?: Role | null;
}

@InputType()
export class CreateUserInput {
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { description: "初始密码；首次登录须修改" }) password!: string;
  @Field(() => [RoleEnum]) roles!: Role[];
}
