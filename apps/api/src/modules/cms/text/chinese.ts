import { Jieba, TfIdf } from "@node-rs/jieba";
import { dict, idf } from "@node-rs/jieba/dict";

// Loading the dictionary takes ~0.3 s: once per process, on first use.
let jieba: Jieba | undefined;
let tfidf: TfIdf | undefined;
const seg = () => (jieba ??= Jieba.withDict(dict));
const kw = () => {
  if (!tfidf) {
    tfidf = TfIdf.withDict(idf);
    // (setConfig with stopWords throws in 2.0.3; stop words are filtered below instead.)
    tfidf.setConfig({ minKeywordLength: 2, useHmm: true });
  }
  return tfidf;
};
const STOP_WORDS = new Set(["我们", "他们", "一个", "进行", "工作", "没有", "这个", "就是", "以及", "已经", "通过", "开展", "有关", "相关", "同时", "其中", "今年"]);
const WORD = /[\p{L}\p{N}]/u;

/** Search-mode words (TOOLCHAIN.md): every dictionary sub-word too, so 政协委员 also yields 政协 and 委员. */
export function searchWords(text: string): string[] {
  if (!text) return [];
  return seg()
    .cutForSearch(text, true)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w && WORD.test(w));
}

/** The space-joined words PostgreSQL's 'simple' configuration turns into a tsvector. */
export const segmentForIndex = (text: string) => searchWords(text).join(" ");

/** TF-IDF keywords (自动标引). */
export function extractKeywords(text: string, topK = 5): string[] {
  if (!text.trim()) return [];
  return kw()
    .extractKeywords(seg(), text.slice(0, 20000), topK * 2)
    .map((k) => k.keyword.trim())
    .filter((k) => k.length >= 2 && !/^\d+$/.test(k) && !STOP_WORDS.has(k))
    .slice(0, topK);
}

/**
 * 自动摘要: the sentences that carry the most keyword weight, in their original order, within ~`max`
 * characters; the lead sentence always counts double (news writing puts the gist first).
 */
export function summarize(text: string, max = 120): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const sentences = clean.match(/[^。！？!?；;\n]+[。！？!?；;]?/g)?.map((s) => s.trim()).filter(Boolean) ?? [clean];
  const keys = new Set(extractKeywords(clean, 10));
  const scored = sentences.map((s, i) => {
    const words = seg().cut(s, true);
    const hits = words.filter((w) => keys.has(w)).length;
    return { s, i, score: (hits + 1) / Math.sqrt(words.length + 1) * (i === 0 ? 2 : 1) };
  });
  const picked: typeof scored = [];
  let len = 0;
  for (const c of [...scored].sort((a, b) => b.score - a.score || a.i - b.i)) {
    if (len + c.s.length > max && picked.length) continue;
    picked.push(c);
    len += c.s.length;
    if (len >= max * 0.8) break;
  }
  const out = picked.sort((a, b) => a.i - b.i).map((c) => c.s).join("");
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}
