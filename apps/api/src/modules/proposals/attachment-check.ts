import { PROPOSAL_ATTACHMENT_MAX_BYTES, PROPOSAL_ATTACHMENT_TYPES } from "@zhzx/shared";
import { ValidationFailed } from "../../core/errors";

type Kind = keyof typeof PROPOSAL_ATTACHMENT_TYPES;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const starts = (buf: Buffer, bytes: number[]) => buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);

/**
 * The file's type by its content, never by its name or the client's MIME type. docx and xlsx are both
 * ZIPs: the entry names in the archive (stored uncompressed) tell them apart.
 */
export function detectFileType(buf: Buffer): Kind | null {
  if (starts(buf, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (starts(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts(buf, [0xff, 0xd8, 0xff])) return "jpg";
  if (starts(buf, [0x50, 0x4b, 0x03, 0x04])) {
    const names = buf.toString("latin1");
    if (names.includes("word/document.xml")) return "docx";
    if (names.includes("xl/workbook.xml")) return "xlsx";
  }
  return null;
}

/** Decodes and checks an upload: size (≤ 5 MB), a real PDF/Word/Excel/JPG/PNG; the stored name gets the right extension. */
export function checkAttachment(fileBase64: string, name: string) {
  const body = fileBase64.replace(/^data:[^,]*;base64,/, "").replace(/\s+/g, "");
  if (body.length > Math.ceil((PROPOSAL_ATTACHMENT_MAX_BYTES * 4) / 3) + 4) throw ValidationFailed(`附件过大（最大 ${PROPOSAL_ATTACHMENT_MAX_BYTES / 1024 / 1024} MB）`);
  if (!body || body.length % 4 !== 0 || !BASE64.test(body)) throw ValidationFailed("文件编码无效");
  const content = Buffer.from(body, "base64");
  if (content.length > PROPOSAL_ATTACHMENT_MAX_BYTES) throw ValidationFailed(`附件过大（最大 ${PROPOSAL_ATTACHMENT_MAX_BYTES / 1024 / 1024} MB）`);
  const kind = detectFileType(content);
  if (!kind) throw ValidationFailed("只能上传 PDF、Word（.docx）、Excel（.xlsx）、JPG、PNG 文件");
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").replace(/\.[A-Za-z0-9]{1,5}$/, "").slice(0, 150) || "附件";
  return { content, mime: PROPOSAL_ATTACHMENT_TYPES[kind], size: content.length, name: `${base}.${kind}` };
}
