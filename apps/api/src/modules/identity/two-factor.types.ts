import { Field, ID, InputType, Int, ObjectType } from "type-graphql";

@InputType({ description: "两步验证：6 位验证码或恢复码（二选一）" })
export class SecondFactorInput {
  @Field(() => String, { nullable: true, description: "验证器显示的 6 位数字" }) code?: string | null;
  @Field(() => String, { nullable: true, description: "恢复码（每个只能用一次）" }) recoveryCode?: string | null;
}

@ObjectType({ description: "本人的两步验证状态" })
export class TwoFactorStatusType {
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => Date, { nullable: true }) enabledAt!: Date | null;
  @Field(() => Boolean, { description: "本账号是否必须启用" }) required!: boolean;
  @Field(() => Int, { description: "剩余可用恢复码" }) recoveryCodesLeft!: number;
}

@ObjectType({ description: "绑定验证器：密钥只在此时返回一次" })
export class TotpEnrolmentType {
  @Field(() => String, { description: "Base32 密钥（无法扫码时手动输入）" }) secret!: string;
  @Field(() => String, { description: "otpauth:// 地址，显示为二维码" }) uri!: string;
  @Field(() => String) issuer!: string;
  @Field(() => String) account!: string;
}

@ObjectType({ description: "某用户的两步验证状态（安全管理员）" })
export class UserTwoFactorType {
  @Field(() => ID) userId!: string;
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => Date, { nullable: true }) enabledAt!: Date | null;
}
