import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { loginInput } from "@zhzx/shared";
import type { Context } from "../../context/context";
import { SELF } from "../../context/auth-checker";
import { Unauthenticated } from "../../core/errors";
import { parseId } from "../../core/ids";
import { parseInput } from "../../core/validate";
import { ChangePasswordInput, LoginInput, LoginResult, SessionType, ViewerType } from "./identity.types";
import { listMySessions, listUserSessions, revokeMySession, revokeUserSessions } from "./use-cases/sessions";
import { presentViewer } from "./identity.presenter";
import { changePassword } from "./use-cases/change-password";
import { loadViewer } from "./use-cases/load-viewer";
import { login } from "./use-cases/login";
import { logout } from "./use-cases/logout";
import { switchTenant } from "./use-cases/switch-tenant";
import { clearSessionCookie, setPendingLoginCookie, setSessionCookie } from "./session-token";

/** After every factor: the session cookie, and the viewer as the new session sees itself. */
export async function sessionResult(ctx: Context, token: string, mustChangePassword: boolean): Promise<LoginResult> {
  setSessionCookie(ctx.res, token);
  const viewer = await loadViewer(ctx.prisma, { token }, ctx.ip);
  if (!viewer) throw Unauthenticated();
  return { mustChangePassword, secondFactorRequired: false, mustEnrolTotp: !!viewer.mustEnrolTotp, viewer: await presentViewer(ctx, viewer) };
}

@Resolver()
export class IdentityResolver {
  /** Public: null when not logged in, so the SPAs can decide to show the login page. */
  @Query(() => ViewerType, { nullable: true, description: "当前登录用户" })
  async me(@Ctx() ctx: Context): Promise<ViewerType | null> {
    return ctx.viewer ? presentViewer(ctx, ctx.viewer) : null;
  }

  /** Public. */
  @Mutation(() => LoginResult, { description: "登录" })
  async login(@Arg("input", () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<LoginResult> {
    const { username, password } = parseInput(loginInput, input);
    const outcome = await login(ctx, username, password, ctx.req?.get("user-agent") ?? null);
    if (outcome.kind === "second_factor") {
      // Not logged in yet: only a signed, five-minute pending login in its own httpOnly cookie.
      setPendingLoginCookie(ctx.res, outcome.pendingToken);
      return { mustChangePassword: false, secondFactorRequired: true, mustEnrolTotp: false, viewer: null };
    }
    return sessionResult(ctx, outcome.token, outcome.mustChangePassword);
  }

  @Authorized(SELF)
  @Mutation(() => Boolean, { description: "退出登录" })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await logout(ctx);
    clearSessionCookie(ctx.res);
    return true;
  }

  @Authorized(SELF)
  @Mutation(() => Boolean, { description: "修改本人密码" })
  async changePassword(@Arg("input", () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    await changePassword(ctx, input);
    return true;
  }

  @Authorized()
  @Mutation(() => ViewerType, { description: "切换当前委员会" })
  async switchTenant(@Arg("tenantId", () => ID) tenantId: string, @Ctx() ctx: Context): Promise<ViewerType> {
    await switchTenant(ctx, parseId(tenantId, "委员会"));
    const viewer = await loadViewer(ctx.prisma, { sessionId: ctx.viewer!.sessionId }, ctx.ip);
    if (!viewer) throw Unauthenticated();
    return presentViewer(ctx, viewer);
  }

  @Authorized(SELF)
  @Query(() => [SessionType], { description: "本人的登录会话" })
  mySessions(@Ctx() ctx: Context): Promise<SessionType[]> {
    return listMySessions(ctx);
  }

  @Authorized(SELF)
  @Mutation(() => Boolean, { description: "结束本人的某个会话（远程退出）" })
  async revokeMySession(@Arg("sessionId", () => ID) sessionId: string, @Ctx() ctx: Context): Promise<boolean> {
    await revokeMySession(ctx, parseId(sessionId, "会话"));
    return true;
  }

  @Authorized("security:manage")
  @Query(() => [SessionType], { description: "某用户的登录会话（安全管理员）" })
  userSessions(@Arg("userId", () => ID) userId: string, @Ctx() ctx: Context): Promise<SessionType[]> {
    return listUserSessions(ctx, parseId(userId, "用户"));
  }

  @Authorized("security:manage")
  @Mutation(() => Int, { description: "强制退出某用户的全部会话（安全管理员），返回结束的会话数" })
  revokeUserSessions(@Arg("userId", () => ID) userId: string, @Ctx() ctx: Context): Promise<number> {
    return revokeUserSessions(ctx, parseId(userId, "用户"));
  }
}
