/**
 * What an uploaded file really is, by its first bytes — never by the name or the type the browser sent:
 * a renamed executable is refused, and the stored MIME type is ours, so it is safe to serve back.
 */
import { MEETING_DOCUMENT_MAX_BYTES, PHOTO_STORY_IMAGE_MAX_BYTES } from "@zhzx/shared";
import { ValidationFailed } from "../../core/errors";

interface Sniffed {
  mime: string;
  ext: string;
}

const starts = (buf: Buffer, bytes: number[], at = 0) => buf.length >= at + bytes.length && bytes.every((b, i) => buf[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Images a browser shows inline without plugins. SVG is refused: it can carry script. */
export function sniffImage(buf: Buffer): Sniffed | null {
  if (starts(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: "image/png", ext: "png" };
  if (starts(buf, [0xff, 0xd8, 0xff])) return { mime: "image/jpeg", ext: "jpg" };
  if (starts(buf, ascii("GIF87a")) || starts(buf, ascii("GIF89a"))) return { mime: "image/gif", ext: "gif" };
  if (starts(buf, ascii("RIFF")) && starts(buf, ascii("WEBP"), 8)) return { mime: "image/webp", ext: "webp" };
  return null;
}

const OOXML: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  ofd: "application/ofd",
};
const OLE: Record<string, string> = { doc: "application/msword", xls: "application/vnd.ms-excel", ppt: "application/vnd.ms-powerpoint", wps: "application/vnd.ms-works" };

/**
 * 会议文件: PDF, Word/Excel/PowerPoint (new and old formats), OFD (版式文件), WPS, and images. ZIP and OLE
 * containers say only "container", so the extension picks among the formats that share one signature.
 */
export function sniffDocument(buf: Buffer, fileName: string): Sniffed | null {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  if (starts(buf, ascii("%PDF-"))) return { mime: "application/pdf", ext: "pdf" };
  if (starts(buf, [0x50, 0x4b, 0x03, 0x04])) return OOXML[ext] ? { mime: OOXML[ext]!, ext } : null;
  if (starts(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return OLE[ext] ? { mime: OLE[ext]!, ext } : null;
  return sniffImage(buf);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes a base64 upload, refusing oversize input before decoding it. */
export function decodeBase64Upload(fileBase64: string, maxBytes: number): Buffer {
  const body = fileBase64.replace(/^data:[^,]*;base64,/, "").replace(/\s+/g, "");
  if (body.length > Math.ceil((maxBytes * 4) / 3) + 4) throw ValidationFailed(`文件过大（最大 ${formatSize(maxBytes)}）`);
  if (!body || body.length % 4 !== 0 || !BASE64.test(body)) throw ValidationFailed("文件编码无效");
  const buf = Buffer.from(body, "base64");
  if (buf.length > maxBytes) throw ValidationFailed(`文件过大（最大 ${formatSize(maxBytes)}）`);
  return buf;
}

export function checkedImage(buf: Buffer): Sniffed {
  if (buf.length === 0) throw ValidationFailed("图片为空");
  if (buf.length > PHOTO_STORY_IMAGE_MAX_BYTES) throw ValidationFailed(`图片过大（每张最大 ${formatSize(PHOTO_STORY_IMAGE_MAX_BYTES)}）`);
  const t = sniffImage(buf);
  if (!t) throw ValidationFailed("只能上传 PNG、JPEG、GIF 或 WebP 图片");
  return t;
}

export function checkedDocument(buf: Buffer, fileName: string): Sniffed {
  if (buf.length === 0) throw ValidationFailed("文件为空");
  if (buf.length > MEETING_DOCUMENT_MAX_BYTES) throw ValidationFailed(`文件过大（最大 ${formatSize(MEETING_DOCUMENT_MAX_BYTES)}）`);
  const t = sniffDocument(buf, fileName);
  if (!t) throw ValidationFailed("只能上传 PDF、Word、Excel、PowerPoint、OFD、WPS 文件或图片，且文件内容须与扩展名一致");
  return t;
}

/** A file name safe to store and to send back in Content-Disposition: no path, no control characters. */
export function cleanFileName(name: string, ext: string): string {
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(0, 200);
  const stem = base.replace(/\.[A-Za-z0-9]+$/, "") || "文件";
  return `${stem}.${ext}`;
}

export const formatSize = (n: number) => (n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(n / 1024)} KB`);
