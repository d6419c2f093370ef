/** What the renderer needs, loaded once per publish job. */
export interface PubChannel {
  id: string;
  parentId: string | null;
  name: string;
  slug: string;
  kind: "NORMAL" | "VIRTUAL";
  template: string;
  listSize: number;
  visible: boolean;
  sortRule: string;
  sortOrder: number;
  description: string;
  sourceChannelIds: string[];
  fieldDefs: { key: string; label: string; type: string }[];
}
export interface PubArticle {
  id: string;
  no: number;
  channelId: string;
  title: string;
  subtitle: string;
  author: string;
  source: string;
  summary: string;
  keywords: string[];
  customFields: Record<string, unknown>;
  pinned: boolean;
  weight: number;
  publishedAt: Date;
  updatedAt: Date;
  originTenantName: string | null;
  body?: string;
  /** The article's files (metadata; bytes are read only when a file must be written). */
  assets: PubAsset[];
  coverAssetId: string | null;
}
export interface PubAsset {
  id: string;
  kind: "IMAGE" | "ATTACHMENT";
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
}
export interface PubLink {
  articleId: string;
  channelId: string;
  kind: "REFERENCE" | "MAPPING";
}
export interface SiteModel {
  code: string;
  tenantName: string;
  site: { name: string; description: string; footer: string };
  channels: PubChannel[];
  articles: PubArticle[];
  links: PubLink[];
}

/** A list entry: the article, and where it lives for this channel (its page here, or the original's page). */
export interface Entry {
  a: PubArticle;
  href: string;
}
