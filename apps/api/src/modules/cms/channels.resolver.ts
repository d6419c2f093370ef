import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { CmsAclEntryInput, CmsAclEntryType, CmsChannelInput, CmsChannelStatsType, CmsChannelType, CmsCreateChannelInput, CmsDepartmentType, CmsSiteInput, CmsSiteType } from "./channels.types";
import { getSite, updateSite } from "./use-cases/site";
import { createChannel } from "./use-cases/create-channel";
import { updateChannel } from "./use-cases/update-channel";
import { deleteChannel } from "./use-cases/delete-channel";
import { moveChannel, reorderChannels } from "./use-cases/move-channel";
import { cloneChannel } from "./use-cases/clone-channel";
import { getChannel, listChannels } from "./use-cases/list-channels";
import { channelStats } from "./use-cases/channel-stats";
import { listChannelAcl, setChannelAcl } from "./use-cases/channel-acl";
import { deleteDepartment, listDepartments, saveDepartment, setDepartmentMembers } from "./use-cases/departments";

export const CMS_USERS = ["cms:edit", "cms:review", "cms:admin"];
export const CMS_ADMIN = ["cms:admin"];

@Resolver()
export class CmsChannelsResolver {
  @Authorized(...CMS_USERS)
  @Query(() => CmsSiteType, { nullable: true, description: "本委员会的网站（尚未建立时为空）" })
  cmsSite(@Ctx() ctx: Context) {
    return getSite(ctx);
  }

  @Authorized(...CMS_ADMIN)
  @Mutation(() => CmsSiteType, { description: "设置网站（不存在时建立）" })
  updateCmsSite(@Arg("input", () => CmsSiteInput) input: CmsSiteInput, @Ctx() ctx: Context) {
    return updateSite(ctx, input);
  }

  @Authorized(...CMS_USERS)
  @Query(() => [CmsChannelType], { description: "栏目树（按树序平铺，只含有查看权限的栏目；用 parentId 组树）" })
  cmsChannels(@Ctx() ctx: Context) {
    return listChannels(ctx);
  }

  @Authorized(...CMS_USERS)
  @Query(() => CmsChannelType)
  cmsChannel(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return getChannel(ctx, id);
  }

  @Authorized(...CMS_USERS)
  @Query(() => CmsChannelStatsType, { description: "栏目统计" })
  cmsChannelStats(@Arg("id", () => ID) id: string, @Arg("months", () => Int, { defaultValue: 12 }) months: number, @Ctx() ctx: Context) {
    return channelStats(ctx, id, months);
  }

  @Authorized(...CMS_ADMIN)
  @Mutation(() => CmsChannelType, { description: "新建栏目" })
  createCmsChannel(@Arg("input", () => CmsCreateChannelInput) input: CmsCreateChannelInput, @Ctx() ctx: Context) {
    return createChannel(ctx, input);
  }

  @Authorized(...CMS_ADMIN)
  @Mutation(() => CmsChannelType, { description: "修改栏目属性" })
  updateCmsChannel(@Arg("id", () => ID) id: string, @Arg("input", () => CmsChannelInput) input: CmsChannelInput, @Ctx() ctx: Context) {
    return updateChannel(ctx, id, input);
  }

  @Authorized(...CMS_ADMIN)
  @Mutation(() => Boolean, { description: "删除栏目（有子栏目或文章时拒绝）" })
  deleteCmsChannel(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return deleteChannel(ctx, id);
  }

  @Authorized(...CMS_ADMIN)
  @Mutation(() => CmsChannelType, { description: "移动栏目到新的上级（parentId 为空即顶级）的第 position 位" })
  moveCmsChannel(
    @Arg("id", () => ID) id: string,
    @Arg("parentId", () => ID, { nullable: true }) parentId: string | null,
    @Arg("position", () => Int, { nullable: true }) position: number | null,
    @Ctx() ctx: Context,
  ) {
    return moveChannel(ctx, id, parentId ?? null, position ?? null);
  }

  @Authorized(...CMS_ADMIN)
  @Mutation(() => Boolean, { description: "同级栏目排序（拖拽后的完整顺序）" })
  reorderCmsChannels(@Arg("parentId", () => ID, { nullable: true }) parentId: string | null, @Arg("orderedIds", () => [ID]) orderedIds: string[], @Ctx() ctx: Context) {
    return reorderChannels(ctx, parentId ?? null, orderedIds);
  }

  @Authorized(...CMS_ADMIN)
  @Mutation(() => CmsChannelType, { description: "克隆栏目（属性、自定义字段、权限；可含子栏目；不含文章）" })
  cloneCmsChannel(@Arg("id", () => ID) id: string, @Arg("withChildren", () => Boolean, { defaultValue: false }) withChildren: boolean, @Ctx() ctx: Context) {
    return cloneChannel(ctx, id, withChildren);
  }

  @Authorized(...CMS_ADMIN)
  @Query(() => [CmsAclEntryType], { description: "栏目权限（含下级栏目继承）" })
  cmsChannelAcl(@Arg("channelId", () => ID) channelId: string, @Ctx() ctx: Context) {
    return listChannelAcl(ctx, channelId);
  }

  @Authorized(...CMS_ADMIN)
  @Mutation(() => [CmsAclEntryType], { description: "设置栏目权限（整体替换）" })
  setCmsChannelAcl(@Arg("channelId", () => ID) channelId: string, @Arg("entries", () => [CmsAclEntryInput]) entries: CmsAclEntryInput[], @Ctx() ctx: Context) {
    return setChannelAcl(ctx, channelId, entries);
  }

  @Authorized(...CMS_USERS)
  @Query(() => [CmsDepartmentType], { description: "栏目维护部门" })
  cmsDepartments(@Ctx() ctx: Context) {
    return listDepartments(ctx);
  }

  @Authorized(...CMS_ADMIN)
  @Mutation(() => [CmsDepartmentType], { description: "新建（id 为空）或修改部门" })
  saveCmsDepartment(
    @Arg("id", () => ID, { nullable: true }) id: string | null,
    @Arg("name", () => String) name: string,
    @Arg("sortOrder", () => Int, { nullable: true }) sortOrder: number | null,
    @Ctx() ctx: Context,
  ) {
    return saveDepartment(ctx, id ?? null, { name, sortOrder });
  }

  @Authorized(...CMS_ADMIN)
  @Mutation(() => Boolean)
  deleteCmsDepartment(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return deleteDepartment(ctx, id);
  }

  @Authorized(...CMS_ADMIN)
  @Mutation(() => [CmsDepartmentType], { description: "设置部门成员（整体替换）" })
  setCmsDepartmentMembers(@Arg("id", () => ID) id: string, @Arg("userIds", () => [ID]) userIds: string[], @Ctx() ctx: Context) {
    return setDepartmentMembers(ctx, id, userIds);
  }
}
