import type { Prisma } from "../../generated/prisma/client";
import type { PhotoStoryType } from "./photo-stories.types";

/** Never the image bytes: images are fetched by URL, which checks the viewer again. */
export const storyInclude = {
  meeting: { select: { id: true, category: true, title: true, startsAt: true } },
  images: { select: { id: true, caption: true, mime: true, size: true, sortOrder: true }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] },
} satisfies Prisma.PhotoStoryInclude;
type StoryRow = Prisma.PhotoStoryGetPayload<{ include: typeof storyInclude }>;

export const imageUrl = (id: string) => `/files/photo-story-images/${id}`;

export const presentStory = (s: StoryRow): PhotoStoryType => {
  const images = s.images.map((i) => ({ ...i, url: imageUrl(i.id) }));
  return {
    id: s.id,
    title: s.title,
    body: s.body,
    status: s.status,
    publishedAt: s.publishedAt,
    meeting: s.meeting,
    images,
    coverUrl: images[0]?.url ?? null,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
};
