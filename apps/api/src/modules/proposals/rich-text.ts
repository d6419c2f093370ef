import sanitizeHtml from "sanitize-html";

/**
 * Proposal and reply texts arrive as HTML from the editor and are shown as HTML to others: only
 * formatting survives (no scripts, styles, event handlers, images or foreign URLs schemes).
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "ul", "ol", "li", "h1", "h2", "h3", "h4", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "a", "span", "div", "hr"],
  allowedAttributes: { a: ["href", "title", "rel", "target"], td: ["colspan", "rowspan"], th: ["colspan", "rowspan"] },
  allowedSchemes: ["http", "https", "mailto"],
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer", target: "_blank" }) },
  disallowedTagsMode: "discard",
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: " " };

/** The text a reader sees: for search, 查重, exports and the "is it empty?" check. */
export function plainText(html: string): string {
  const text = sanitizeHtml(html.replace(/<\/(p|div|li|h\d|tr|blockquote)>|<br\s*\/?>/gi, "$&\n"), { allowedTags: [], allowedAttributes: {} });
  return text
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) => ENTITIES[e] ?? "")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
}
