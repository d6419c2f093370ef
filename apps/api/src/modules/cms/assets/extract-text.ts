/**
 * The text of an uploaded PDF or Word (.docx) file, for search: mammoth's extractRawText for DOCX, unpdf
 * (Mozilla pdf.js, pure JavaScript) for PDF. Best effort: a file that cannot be read, or takes longer
 * than the time limit, is still stored, only without text. Capped, so one attachment cannot swell the index.
 */
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";

const MAX_CHARS = 100_000;
const TIME_LIMIT_MS = 15_000;

const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("extraction timed out")), ms).unref())]);

async function pdfText(content: Buffer): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(content));
  try {
    const { text } = await extractText(doc, { mergePages: true });
    return text;
  } finally {
    // Frees the document's worker-side state (the method exists at run time; not in the typings).
    void (doc as unknown as { destroy?: () => Promise<void> }).destroy?.();
  }
}

export async function extractFileText(mime: string, content: Buffer): Promise<string> {
  try {
    let text = "";
    if (mime === "application/pdf") text = await within(pdfText(content), TIME_LIMIT_MS);
    else if (mime === "application/vnd.openxmlformats-officedocument.wordprocessingml.document") text = (await within(mammoth.extractRawText({ buffer: content }), TIME_LIMIT_MS)).value;
    return text.replace(/\u0000/g, "").replace(/[ \t\r\f\v]+/g, " ").replace(/\n\s*\n+/g, "\n").trim().slice(0, MAX_CHARS);
  } catch (e) {
    if (process.env.NODE_ENV !== "test") console.warn("[cms] text extraction failed:", e instanceof Error ? e.message : e);
    return "";
  }
}
