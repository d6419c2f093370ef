import { Field, ID, InputType, ObjectType } from "type-graphql";
import type { Role } from "@zhzx/shared";
import { RoleEnum } from "../../core/graphql-enums";
import { TenantType } from "../tenancy/tenancy.types";

@ObjectType()
export class MembershipOfMine {
  @Field(() => TenantType) tenant!: TenantType;
  @Field(() => [RoleEnum]) roles!: Role[];
}

@ObjectType({ description: "当前登录用户" })
export class ViewerType {
  @Field(() => ID) userId!: string;
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Boolean) mustChangePassword!: boolean;
  @Field(() => Boolean, { description: "须先启用两步验证（管理端强制）" }) mustEnrolTotp!: boolean;
  @Field(() => TenantType, { nullable: true }) activeTenant!: TenantType | null;
  @Field(() => [RoleEnum]) roles!: Role[];
  @Field(() => [String], { description: "当前委员会中的权限" }) permissions!: string[];
  @Field(() => [MembershipOfMine]) memberships!: MembershipOfMine[];
}

@ObjectType()
export class LoginResult {
  @Field(() => Boolean) mustChangePassword!: boolean;
  @Field(() => Boolean, { description: "密码正确，须再输入两步验证码（尚未登录，viewer 为空）" }) secondFactorRequired!: boolean;
  @Field(() => Boolean, { description: "须先启用两步验证" }) mustEnrolTotp!: boolean;
  @Field(() => ViewerType, { nullable: true }) viewer!: ViewerType | null;
}

@InputType()
export class LoginInput {
  @Field(() => String) username!: string;
  @Field(() => String) password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String) currentPassword!: string;
  @Field(() => String) newPassword!: string;
}

@ObjectType({ description: "登录会话" })
export class SessionType {
  @Field(() => ID) id!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) lastSeenAt!: Date;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field(() => Boolean, { description: "是否为当前会话" }) current!: boolean;
}
