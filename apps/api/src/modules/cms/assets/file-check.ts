/**
 * What an uploaded CMS file is, by its content: the image and document signatures of the meetings
 * module (file-types.ts) and, like the proposals' attachment check, Office Open XML told apart by the
 * entry names inside the ZIP rather than by the file's name. The stored MIME type and extension are
 * ours, so a file is always served back as what it really is.
 */
import { CMS_ATTACHMENT_MAX_BYTES, CMS_IMAGE_MAX_BYTES, type CmsAssetKind } from "@zhzx/shared";
import { ValidationFailed } from "../../../core/errors";
import { formatSize, sniffDocument, sniffImage } from "../../meetings/file-types";

export interface CheckedFile {
  kind: CmsAssetKind;
  mime: string;
  ext: string;
  fileName: string;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const starts = (buf: Buffer, bytes: number[]) => buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
const OOXML_BY_ENTRY: [string, string, string][] = [
  ["word/document.xml", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ["xl/workbook.xml", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  ["ppt/presentation.xml", "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"],
];

function sniffAttachment(buf: Buffer, name: string): { mime: string; ext: string } | null {
  if (starts(buf, ZIP)) {
    // Entry names are stored uncompressed in the local headers and the central directory.
    const names = buf.toString("latin1");
    for (const [entry, ext, mime] of OOXML_BY_ENTRY) if (names.includes(entry)) return { mime, ext };
    if (/\.ofd$/i.test(name) && names.includes("OFD.xml")) return { mime: "application/ofd", ext: "ofd" };
    return { mime: "application/zip", ext: "zip" };
  }
  // PDF, the old binary Office formats (OLE: the name picks doc/xls/ppt/wps), images.
  return sniffDocument(buf, name);
}

/**
 * A file name safe on disk, in a URL path segment and in Content-Disposition: the last path part, no
 * control, quote, markup or URL-special characters, at most 120 characters, with the detected extension.
 */
export function safeFileName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f<>"'`&%#?*:|;=+^{}[\]]/g, "_")
    .replace(/\s+/g, " ")
    .trim();
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, "").replace(/^\.+/, "").slice(0, 120) || "文件";
  return `${stem}.${ext}`;
}

/** Checks an upload for the given kind: size, then type by content; throws VALIDATION_FAILED in Chinese. */
export function checkCmsFile(kind: CmsAssetKind, content: Buffer, name: string): CheckedFile {
  if (content.length === 0) throw ValidationFailed("文件为空");
  if (kind === "IMAGE") {
    if (content.length > CMS_IMAGE_MAX_BYTES) throw ValidationFailed(`图片过大（最大 ${formatSize(CMS_IMAGE_MAX_BYTES)}）`);
    const t = sniffImage(content);
    if (!t) throw ValidationFailed("图片只能是 JPEG、PNG、GIF 或 WebP 格式（按文件内容识别）");
    return { kind, ...t, fileName: safeFileName(name, t.ext) };
  }
  if (content.length > CMS_ATTACHMENT_MAX_BYTES) throw ValidationFailed(`附件过大（最大 ${formatSize(CMS_ATTACHMENT_MAX_BYTES)}）`);
  const t = sniffAttachment(content, name);
  if (!t) throw ValidationFailed("附件只能是 PDF、Word、Excel、PowerPoint、WPS、OFD、ZIP 或图片文件（按文件内容识别）");
  return { kind, ...t, fileName: safeFileName(name, t.ext) };
}
