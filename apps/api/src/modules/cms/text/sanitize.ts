import sanitizeHtml from "sanitize-html";
import { cmsConfig } from "../cms.config";

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A site-relative image must be one of the sites' article files: /site/<code>/assets/<id>/<name>. */
const isAssetPath = (src: string) =>
  new RegExp(`^${escapeRe(cmsConfig.publicPrefix())}/[a-z0-9][a-z0-9-]*/assets/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[^/?#\\\\]+$`, "i").test(src);

/**
 * The allow-list for article bodies (the site is assessed at 等保 level 2): structure, emphasis, links,
 * images, tables. No script, style, iframe, form or event attribute; no style attribute either (the
 * public CSP forbids inline styles); links only over http(s) or site-relative paths; images over http(s)
 * or, site-relative, only an article file of the sites (/site/<code>/assets/<id>/<name>), else dropped.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup", "blockquote",
    "ul", "ol", "li", "a", "img", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
    "caption", "hr", "pre", "code", "span", "div",
  ],
  allowedAttributes: {
    a: ["href", "title", "target", "rel"],
    img: ["src", "alt", "title", "width", "height"],
    td: ["colspan", "rowspan"],
    th: ["colspan", "rowspan", "scope"],
    ol: ["start"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Content of these is dropped entirely, not unwrapped into text.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "template"],
  exclusiveFilter: (frame) => frame.tag === "img" && !frame.attribs.src,
  transformTags: {
    img: (tagName, attribs) => {
      const out: Record<string, string> = { ...attribs };
      const src = (out.src ?? "").trim();
      if (!/^https?:\/\//i.test(src) && !isAssetPath(src)) delete out.src;
      return { tagName, attribs: out };
    },
    a: (tagName, attribs) => {
      const out: Record<string, string> = { ...attribs };
      if (out.target && out.target !== "_blank") delete out.target;
      if (out.target === "_blank") out.rel = "noopener noreferrer";
      else delete out.rel;
      return { tagName, attribs: out };
    },
  },
};

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** Plain text of (already sanitised) HTML, block boundaries kept as line breaks. */
export function htmlToText(html: string): string {
  const withBreaks = html.replace(/<\/(p|div|h[2-6]|li|tr|blockquote|figure|pre)>|<br\s*\/?>/gi, "\n");
  return sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n+/g, "\n")
    .trim();
}
