import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";

/**
 * 查重 and routing help: jieba segmentation, then TF-IDF cosine similarity. The IDF is computed over the
 * compared set (the committee's proposals of one session), so words every proposal uses (建议, 推进)
 * weigh little and the topic words decide.
 */
let jieba: Jieba | undefined;
const segmenter = () => (jieba ??= Jieba.withDict(dict));

// Words in nearly every proposal title; removing them sharpens the few-document case.
const STOPWORDS = new Set(["关于", "建议", "提案", "进一步", "的", "和", "与", "及", "对", "在", "加快", "推进", "加强", "推动", "提升", "完善", "促进", "我市", "我县", "我区", "问题", "工作", "有关", "相关", "一个", "我们", "以及", "进行"]);
const WORD = /[\p{Script=Han}A-Za-z0-9]/u;
const MAX_TERMS = 1500;

function cut(text: string): string[] {
  return segmenter()
    .cut(text, true)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length >= 2 && WORD.test(w) && !STOPWORDS.has(w) && !/^\d+$/.test(w));
}

/** The stored terms of a proposal: title words twice (a title says more per word), then the body's. */
export function termsOf(title: string, body: string): string[] {
  const t = cut(title);
  return [...t, ...t, ...cut(body)].slice(0, MAX_TERMS);
}

export interface Ranked<T> {
  item: T;
  score: number;
  shared: string[];
}

/** Ranks `docs` by cosine similarity of TF-IDF vectors to `query`; scores in [0, 1], rounded to 4 places. */
export function rankBySimilarity<T extends { terms: string[] }>(query: string[], docs: T[], limit: number, minScore = 0.05): Ranked<T>[] {
  const df = new Map<string, number>();
  for (const d of [query, ...docs.map((x) => x.terms)]) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length + 1;
  const idf = (w: string) => Math.log((n + 1) / ((df.get(w) ?? 0) + 1)) + 1;
  const vector = (terms: string[]) => {
    const tf = new Map<string, number>();
    for (const w of terms) tf.set(w, (tf.get(w) ?? 0) + 1);
    let norm = 0;
    for (const [w, f] of tf) {
      const v = f * idf(w);
      tf.set(w, v);
      norm += v * v;
    }
    return { tf, norm: Math.sqrt(norm) };
  };
  const q = vector(query);
  if (q.norm === 0) return [];
  const out: Ranked<T>[] = [];
  for (const item of docs) {
    const d = vector(item.terms);
    if (d.norm === 0) continue;
    let dot = 0;
    const shared: [string, number][] = [];
    for (const [w, v] of q.tf) {
      const u = d.tf.get(w);
      if (u) {
        dot += v * u;
        shared.push([w, v * u]);
      }
    }
    const score = dot / (q.norm * d.norm);
    if (score >= minScore) out.push({ item, score: Math.round(score * 10000) / 10000, shared: shared.sort((a, b) => b[1] - a[1]).slice(0, 8).map(([w]) => w) });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}
