const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

/**
 * An excerpt of `text` around the first hit, escaped, with every occurrence of the terms wrapped in
 * <mark> (ts_headline cannot do this: the 'simple' parser sees a run of Chinese as one word).
 */
export function highlight(text: string, terms: string[], width = 120): string {
  const ts = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  let first = -1;
  for (const t of ts) {
    const i = lower.indexOf(t.toLowerCase());
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  const start = first < 0 ? 0 : Math.max(0, first - Math.floor(width / 3));
  const slice = text.slice(start, start + width);
  if (!ts.length) return escapeHtml(slice);
  const re = new RegExp(ts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi");
  let out = "";
  let last = 0;
  for (const m of slice.matchAll(re)) {
    out += escapeHtml(slice.slice(last, m.index)) + `<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index! + m[0].length;
  }
  out += escapeHtml(slice.slice(last));
  return `${start > 0 ? "…" : ""}${out}${start + width < text.length ? "…" : ""}`;
}
