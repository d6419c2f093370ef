import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { PhotoStoryInput, PhotoStoryPage, PhotoStoryType, UpdatePhotoStoryInput } from "./photo-stories.types";
import { getPhotoStory, listPhotoStories } from "./use-cases/list-photo-stories";
import { addPhotoStoryImage, createPhotoStory, deletePhotoStory, deletePhotoStoryImage, setPhotoStoryPublished, updatePhotoStory } from "./use-cases/manage-photo-stories";

@Resolver()
export class PhotoStoriesResolver {
  @Authorized("meeting:read", "meeting:manage", "meeting:attend")
  @Query(() => PhotoStoryPage, { description: "履职风采列表（委员端只见已发布；管理端 includeDrafts 含草稿）" })
  photoStories(
    @Arg("page", () => Int, { defaultValue: 1 }) page: number,
    @Arg("pageSize", () => Int, { defaultValue: 20 }) pageSize: number,
    @Arg("includeDrafts", () => Boolean, { defaultValue: false }) includeDrafts: boolean,
    @Arg("meetingId", () => ID, { nullable: true }) meetingId: string | null,
    @Ctx() ctx: Context,
  ): Promise<PhotoStoryPage> {
    return listPhotoStories(ctx, { page, pageSize, includeDrafts, meetingId });
  }

  @Authorized("meeting:read", "meeting:manage", "meeting:attend")
  @Query(() => PhotoStoryType, { description: "履职风采详情" })
  photoStory(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<PhotoStoryType> {
    return getPhotoStory(ctx, id);
  }

  @Authorized("meeting:manage")
  @Mutation(() => PhotoStoryType, { description: "新建履职风采（草稿）" })
  createPhotoStory(@Arg("input", () => PhotoStoryInput) input: PhotoStoryInput, @Ctx() ctx: Context): Promise<PhotoStoryType> {
    return createPhotoStory(ctx, input);
  }

  @Authorized("meeting:manage")
  @Mutation(() => PhotoStoryType, { description: "修改履职风采" })
  updatePhotoStory(@Arg("id", () => ID) id: string, @Arg("input", () => UpdatePhotoStoryInput) input: UpdatePhotoStoryInput, @Ctx() ctx: Context): Promise<PhotoStoryType> {
    return updatePhotoStory(ctx, id, input);
  }

  @Authorized("meeting:manage")
  @Mutation(() => PhotoStoryType, { description: "发布（至少一张图片）或撤回为草稿" })
  setPhotoStoryPublished(@Arg("id", () => ID) id: string, @Arg("published", () => Boolean) published: boolean, @Ctx() ctx: Context): Promise<PhotoStoryType> {
    return setPhotoStoryPublished(ctx, id, published);
  }

  @Authorized("meeting:manage")
  @Mutation(() => Boolean, { description: "删除履职风采（含图片）" })
  deletePhotoStory(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deletePhotoStory(ctx, id);
  }

  @Authorized("meeting:manage")
  @Mutation(() => PhotoStoryType, { description: "上传一张图片（base64，PNG/JPEG/GIF/WebP，按文件头识别，≤ 2 MB）" })
  addPhotoStoryImage(
    @Arg("storyId", () => ID) storyId: string,
    @Arg("fileBase64", () => String) fileBase64: string,
    @Arg("caption", () => String, { nullable: true }) caption: string | null,
    @Ctx() ctx: Context,
  ): Promise<PhotoStoryType> {
    return addPhotoStoryImage(ctx, storyId, fileBase64, caption);
  }

  @Authorized("meeting:manage")
  @Mutation(() => PhotoStoryType, { description: "删除一张图片" })
  deletePhotoStoryImage(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<PhotoStoryType> {
    return deletePhotoStoryImage(ctx, id);
  }
}
