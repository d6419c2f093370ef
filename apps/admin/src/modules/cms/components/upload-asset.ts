import { CMS_ATTACHMENT_MAX_BYTES, CMS_IMAGE_MAX_BYTES } from "@zhzx/shared";

export interface UploadedAsset {
  id: string;
  kind: "IMAGE" | "ATTACHMENT";
  fileName: string;
  mime: string;
  size: number;
  hasText: boolean;
  url: string;
}

const IMAGE_TYPES = /^image\/(jpeg|png|gif|webp)$/;
const mb = (n: number) => `${n / 1024 / 1024} MB`;

/** A quick check before sending (the server decides by the content; this only spares a pointless upload). */
export function precheck(kind: "IMAGE" | "ATTACHMENT", file: File): string | null {
  if (file.size === 0) return "文件是空的";
  if (kind === "IMAGE") {
    if (file.type && !IMAGE_TYPES.test(file.type)) return "图片只能是 JPEG、PNG、GIF 或 WebP 格式";
    if (file.size > CMS_IMAGE_MAX_BYTES) return `图片过大（最大 ${mb(CMS_IMAGE_MAX_BYTES)}）`;
  } else if (file.size > CMS_ATTACHMENT_MAX_BYTES) return `附件过大（最大 ${mb(CMS_ATTACHMENT_MAX_BYTES)}）`;
  return null;
}

/** Sends one file to POST /files/cms/articles/:id/assets (raw body, name URL-encoded); errors in Chinese. */
export async function uploadAsset(articleId: string, kind: "IMAGE" | "ATTACHMENT", file: File): Promise<UploadedAsset> {
  const problem = precheck(kind, file);
  if (problem) throw new Error(problem);
  let res: Response;
  try {
    res = await fetch(`/files/cms/articles/${encodeURIComponent(articleId)}/assets?kind=${kind}`, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/octet-stream", "X-File-Name": encodeURIComponent(file.name) },
      body: file,
    });
  } catch {
    throw new Error("网络连接失败，请检查网络后重试");
  }
  const body = (await res.json().catch(() => null)) as (UploadedAsset & { message?: string }) | null;
  if (res.ok && body) return body;
  throw new Error(body?.message || (res.status === 413 ? `附件过大（最大 ${mb(CMS_ATTACHMENT_MAX_BYTES)}）` : `上传失败（HTTP ${res.status}）`));
}
