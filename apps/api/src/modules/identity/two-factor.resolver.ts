import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { SELF } from "../../context/auth-checker";
import { parseId } from "../../core/ids";
import { sessionResult } from "./identity.resolver";
import { LoginResult } from "./identity.types";
import { clearPendingLoginCookie, readPendingLoginCookie } from "./session-token";
import { SecondFactorInput, TotpEnrolmentType, TwoFactorStatusType, UserTwoFactorType } from "./two-factor.types";
import {
  completeSecondFactor,
  confirmTotpEnrolment,
  disableTotp,
  myTwoFactor,
  regenerateRecoveryCodes,
  resetUserTotp,
  startTotpEnrolment,
  twoFactorStatuses,
} from "./use-cases/two-factor";

@Resolver()
export class TwoFactorResolver {
  /** Public: the second login step; the pending login travels in its own httpOnly cookie. */
  @Mutation(() => LoginResult, { description: "登录第二步：输入两步验证码或恢复码" })
  async loginSecondFactor(@Arg("input", () => SecondFactorInput) input: SecondFactorInput, @Ctx() ctx: Context): Promise<LoginResult> {
    const outcome = await completeSecondFactor(ctx, readPendingLoginCookie(ctx.req), input, ctx.req?.get("user-agent") ?? null);
    const result = await sessionResult(ctx, outcome.token, outcome.mustChangePassword);
    clearPendingLoginCookie(ctx.res);
    return result;
  }

  @Authorized(SELF)
  @Query(() => TwoFactorStatusType, { description: "本人的两步验证状态" })
  myTwoFactor(@Ctx() ctx: Context): Promise<TwoFactorStatusType> {
    return myTwoFactor(ctx);
  }

  @Authorized(SELF)
  @Mutation(() => TotpEnrolmentType, { description: "开始绑定验证器（生成新密钥，确认前不生效）" })
  startTotpEnrolment(@Ctx() ctx: Context): Promise<TotpEnrolmentType> {
    return startTotpEnrolment(ctx);
  }

  @Authorized(SELF)
  @Mutation(() => [String], { description: "输入第一个验证码完成绑定；返回 10 个恢复码（仅显示这一次）" })
  confirmTotpEnrolment(@Arg("code", () => String) code: string, @Ctx() ctx: Context): Promise<string[]> {
    return confirmTotpEnrolment(ctx, code);
  }

  @Authorized(SELF)
  @Mutation(() => Boolean, { description: "停用两步验证（需当前验证码或一个恢复码）" })
  disableTotp(@Arg("input", () => SecondFactorInput) input: SecondFactorInput, @Ctx() ctx: Context): Promise<boolean> {
    return disableTotp(ctx, input);
  }

  @Authorized(SELF)
  @Mutation(() => [String], { description: "重新生成恢复码（需当前验证码；旧恢复码全部作废）" })
  regenerateRecoveryCodes(@Arg("code", () => String) code: string, @Ctx() ctx: Context): Promise<string[]> {
    return regenerateRecoveryCodes(ctx, code);
  }

  @Authorized("security:manage")
  @Query(() => [UserTwoFactorType], { description: "本委员会用户的两步验证状态（安全管理员）" })
  userTwoFactorStatus(@Arg("userIds", () => [ID]) userIds: string[], @Ctx() ctx: Context): Promise<UserTwoFactorType[]> {
    return twoFactorStatuses(ctx, userIds.map((id) => parseId(id, "用户")));
  }

  @Authorized("security:manage")
  @Mutation(() => Boolean, { description: "重置某用户的两步验证并结束其全部会话（安全管理员）" })
  resetUserTotp(@Arg("userId", () => ID) userId: string, @Ctx() ctx: Context): Promise<boolean> {
    return resetUserTotp(ctx, parseId(userId, "用户"));
  }
}
