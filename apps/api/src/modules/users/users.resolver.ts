import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Role } from "@zhzx/shared";
import type { Context } from "../../context/context";
import { RoleEnum } from "../../core/graphql-enums";
import { parseId } from "../../core/ids";
import { CreateUserInput, UserListArgs, UserPage, UserType } from "./users.types";
import { createUser } from "./use-cases/create-user";
import { listUsers } from "./use-cases/list-users";
import { resetUserPassword, setUserDisabled, setUserRoles } from "./use-cases/manage-user";

@Resolver()
export class UsersResolver {
  @Authorized("user:read")
  @Query(() => UserPage, { description: "本委员会的用户" })
  users(@Args(() => UserListArgs) args: UserListArgs, @Ctx() ctx: Context): Promise<UserPage> {
    return listUsers(ctx, args);
  }

  @Authorized("user:manage")
  @Mutation(() => UserType, { description: "新建用户" })
  createUser(@Arg("input", () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context): Promise<UserType> {
    return createUser(ctx, input);
  }

  @Authorized("user:manage")
  @Mutation(() => UserType, { description: "设置用户在本委员会的角色" })
  setUserRoles(
    @Arg("userId", () => ID) userId: string,
    @Arg("roles", () => [RoleEnum]) roles: Role[],
    @Ctx() ctx: Context,
  ): Promise<UserType> {
    return setUserRoles(ctx, { userId, roles });
  }

  @Authorized("user:manage")
  @Mutation(() => UserType, { description: "停用或启用用户" })
  setUserDisabled(@Arg("userId", () => ID) userId: string, @Arg("disabled", () => Boolean) disabled: boolean, @Ctx() ctx: Context): Promise<UserType> {
    return setUserDisabled(ctx, parseId(userId, "用户"), disabled);
  }

  @Authorized("user:manage")
  @Mutation(() => UserType, { description: "重置用户密码（用户下次登录须修改）" })
  resetUserPassword(@Arg("userId", () => ID) userId: string, @Arg("newPassword", () => String) newPassword: string, @Ctx() ctx: Context): Promise<UserType> {
    return resetUserPassword(ctx, parseId(userId, "用户"), newPassword);
  }
}
