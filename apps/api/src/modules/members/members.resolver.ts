import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { parseId } from "../../core/ids";
import { CreateMemberInput, MemberListArgs, MemberPage, MemberTermInput, MemberType, UpdateMemberInput } from "./members.types";
import { createMember } from "./use-cases/create-member";
import { getMember, getMyProfile } from "./use-cases/get-member";
import { listMembers } from "./use-cases/list-members";
import { removeMemberTerm, setMemberTerm } from "./use-cases/manage-member-terms";
import { revealMemberPhone } from "./use-cases/reveal-member-phone";
import { deleteMember, updateMember } from "./use-cases/update-member";

@Resolver()
export class MembersResolver {
  @Authorized("member:read")
  @Query(() => MemberPage, { description: "委员信息查询：任意条件组合，分页，可排序；手机号码为掩码" })
  members(@Args(() => MemberListArgs) args: MemberListArgs, @Ctx() ctx: Context): Promise<MemberPage> {
    return listMembers(ctx, args);
  }

  @Authorized("member:read")
  @Query(() => MemberType, { description: "委员详情（含历届任职）；sessionId 决定 term 字段" })
  member(@Arg("id", () => ID) id: string, @Arg("sessionId", () => ID, { nullable: true }) sessionId: string | null, @Ctx() ctx: Context): Promise<MemberType> {
    return getMember(ctx, id, sessionId);
  }

  @Authorized("member:self")
  @Query(() => MemberType, { nullable: true, description: "本人的委员档案（委员端）；未建档时为 null" })
  myMemberProfile(@Ctx() ctx: Context): Promise<MemberType | null> {
    return getMyProfile(ctx);
  }

  @Authorized("member:manage")
  @Mutation(() => MemberType, { description: "新建委员档案（可同时建立某届任职、关联账号）" })
  createMember(@Arg("input", () => CreateMemberInput) input: CreateMemberInput, @Ctx() ctx: Context): Promise<MemberType> {
    return createMember(ctx, input);
  }

  @Authorized("member:manage")
  @Mutation(() => MemberType, { description: "修改委员档案（立即生效，留痕）" })
  updateMember(@Arg("id", () => ID) id: string, @Arg("input", () => UpdateMemberInput) input: UpdateMemberInput, @Ctx() ctx: Context): Promise<MemberType> {
    return updateMember(ctx, id, input);
  }

  @Authorized("member:manage")
  @Mutation(() => Boolean, { description: "删除委员档案（含历届任职与修改申请；账号保留）" })
  deleteMember(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteMember(ctx, id);
  }

  @Authorized("member:manage")
  @Mutation(() => MemberType, { description: "设置委员在某届的任职（没有则新建，有则替换）" })
  setMemberTerm(@Arg("memberId", () => ID) memberId: string, @Arg("input", () => MemberTermInput) input: MemberTermInput, @Ctx() ctx: Context): Promise<MemberType> {
    return setMemberTerm(ctx, memberId, input);
  }

  @Authorized("member:manage")
  @Mutation(() => MemberType, { description: "删除委员在某届的任职" })
  removeMemberTerm(@Arg("memberId", () => ID) memberId: string, @Arg("sessionId", () => ID) sessionId: string, @Ctx() ctx: Context): Promise<MemberType> {
    return removeMemberTerm(ctx, memberId, sessionId);
  }

  @Authorized("member:reveal-pii")
  @Mutation(() => String, { description: "查看委员完整手机号码（写入审计日志）" })
  revealMemberPhone(@Arg("memberId", () => ID) memberId: string, @Ctx() ctx: Context): Promise<string> {
    return revealMemberPhone(ctx, parseId(memberId, "委员"));
  }
}
