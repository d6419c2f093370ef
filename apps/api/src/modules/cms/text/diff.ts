import { diffChars, diffLines } from "diff";
import { htmlToText } from "./sanitize";

export interface DiffPart {
  kind: "SAME" | "ADDED" | "REMOVED";
  text: string;
}

const toParts = (changes: { added?: boolean; removed?: boolean; value: string }[]): DiffPart[] =>
  changes.map((c) => ({ kind: c.added ? "ADDED" : c.removed ? "REMOVED" : "SAME", text: c.value }));

/** Title by characters, body by lines of its plain text (what an editor reads, not the markup). */
export function diffArticleVersions(a: { title: string; body: string }, b: { title: string; body: string }) {
  return {
    title: toParts(diffChars(a.title, b.title)),
    body: toParts(diffLines(htmlToText(a.body) + "\n", htmlToText(b.body) + "\n")),
  };
}
