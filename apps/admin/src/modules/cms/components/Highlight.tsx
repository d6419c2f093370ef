import { Fragment } from "react";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

/**
 * The search excerpt: the server escapes everything and wraps hits in <mark>. It is still not put into
 * the page as HTML: it is cut at the mark tags and every piece becomes a text node (entities decoded),
 * so whatever the excerpt holds can only ever show as text.
 */
export function Highlight({ html }: { html: string }) {
  const parts = html.split(/(<mark>[\s\S]*?<\/mark>)/g);
  return (
    <>
      {parts.map((p, i) => {
        const m = /^<mark>([\s\S]*)<\/mark>$/.exec(p);
        return m ? <mark key={i}>{unescape(m[1]!)}</mark> : <Fragment key={i}>{unescape(p)}</Fragment>;
      })}
    </>
  );
}
