import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { loginInput } from "@zhzx/shared";
import type { Context } from "../../context/context";
import { SELF } from "../../context/auth-checker";
import { Unauthenticated } from "../../core/errors";
import { parseId } from "../../core/ids";
import { parseInput } from "../../core/validate";
import { ChangePasswordInput, LoginInput, LoginResult, ViewerType } from "./identity.types";
import { presentViewer } from "./identity.presenter";
import { changePassword } from "./use-cases/change-password";
import { loadViewer } from "./use-cases/load-viewer";
import { login } from "./use-cases/login";
import { logout } from "./use-cases/logout";
import { switchTenant } from "./use-cases/switch-tenant";
import { clearSessionCookie, setSessionCookie } from "./session-token";

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
    setSessionCookie(ctx.res, outcome.token);
    const viewer = await loadViewer(ctx.prisma, { token: outcome.token }, ctx.ip);
    if (!viewer) throw Unauthenticated();
    return { mustChangePassword: outcome.mustChangePassword, viewer: await presentViewer(ctx, viewer) };
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
}
