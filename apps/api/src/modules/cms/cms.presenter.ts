import { availableActions, canEditContent, cmsArticleMachine, type CmsArticleState, type CmsRight } from "@zhzx/shared";
import type { CmsArticle, CmsChannel, CmsSite } from "../../generated/prisma/client";
import { articlePath, siteUrl } from "./cms.config";
import type { CmsChannelType, CmsFieldDefType, CmsSiteType } from "./channels.types";
import type { CmsArticleListItem, CmsArticleType } from "./articles.types";

export const presentSite = (s: CmsSite, code: string): CmsSiteType => ({
  id: s.id,
  name: s.name,
  description: s.description,
  footer: s.footer,
  lastPublishedAt: s.lastPublishedAt,
  url: siteUrl(code),
});

export const presentChannel = (c: CmsChannel, rights: readonly CmsRight[], code: string): CmsChannelType => ({
  id: c.id,
  parentId: c.parentId,
  name: c.name,
  slug: c.slug,
  kind: c.kind,
  template: c.template,
  listSize: c.listSize,
  visible: c.visible,
  sortRule: c.sortRule,
  sortOrder: c.sortOrder,
  description: c.description,
  sourceChannelIds: c.sourceChannelIds,
  fieldDefs: (c.fieldDefs as unknown as CmsFieldDefType[]) ?? [],
  departmentId: c.departmentId,
  updateDays: c.updateDays,
  myRights: [...rights],
  url: siteUrl(code, `${c.slug}/`),
  updatedAt: c.updatedAt,
});

type ListRow = Pick<CmsArticle, "id" | "no" | "channelId" | "title" | "author" | "summary" | "state" | "version" | "pinned" | "weight" | "publishedAt" | "scheduledPublishAt" | "updatedAt"> & {
  channel: { name: string; slug: string };
};

export const presentListItem = (a: ListRow, code: string, linkedAs: string | null = null): CmsArticleListItem => ({
  id: a.id,
  no: a.no,
  channelId: a.channelId,
  channelName: a.channel.name,
  title: a.title,
  author: a.author,
  summary: a.summary,
  state: a.state,
  version: a.version,
  pinned: a.pinned,
  weight: a.weight,
  publishedAt: a.publishedAt,
  scheduledPublishAt: a.scheduledPublishAt,
  updatedAt: a.updatedAt,
  linkedAs,
  url: siteUrl(code, articlePath(a.channel.slug, a.no)),
});

export function presentArticle(
  a: CmsArticle & { channel: { name: string; slug: string }; links: { id: string; articleId: string; channelId: string; kind: string; channel: { name: string } }[] },
  rights: readonly CmsRight[],
  code: string,
  related: CmsArticleListItem[],
): CmsArticleType {
  return {
    ...presentListItem(a, code),
    subtitle: a.subtitle,
    source: a.source,
    keywords: a.keywords,
    body: a.body,
    customFields: (a.customFields as Record<string, unknown>) ?? {},
    scheduledWithdrawAt: a.scheduledWithdrawAt,
    originTenantName: a.originTenantName,
    createdAt: a.createdAt,
    availableActions: availableActions(cmsArticleMachine, a.state as CmsArticleState, rights),
    canEditContent: canEditContent(a.state as CmsArticleState, rights),
    coverAssetId: a.coverAssetId,
    links: a.links.map((l) => ({ id: l.id, articleId: l.articleId, channelId: l.channelId, channelName: l.channel.name, kind: l.kind })),
    related,
  };
}
