/** Files of an article (issue 9): images (in the body, or the cover) and attachments. */
export const CMS_ASSET_KINDS = ["IMAGE", "ATTACHMENT"] as const;
export type CmsAssetKind = (typeof CMS_ASSET_KINDS)[number];

export const CMS_IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const CMS_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
/** Files per article (images and attachments together). */
export const CMS_ASSETS_PER_ARTICLE = 60;

/** What the upload dialogs accept (the server decides by content, not by these). */
export const CMS_IMAGE_ACCEPT = ".jpg,.jpeg,.png,.gif,.webp";
export const CMS_ATTACHMENT_ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.wps,.ofd,.zip,.jpg,.jpeg,.png,.gif,.webp";
