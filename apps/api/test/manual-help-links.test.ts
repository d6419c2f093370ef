import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HELP_PAGES } from "@zhzx/shared";

/** The apps' 使用帮助 (packages/shared/src/help) must land on a manual page and heading that exist. */
const manualDir = path.resolve(import.meta.dirname, "../../../docs/manual");
const headingsOf = (page: string) => {
  const file = path.join(manualDir, page.replace(/\.html$/, ".md"));
  if (!fs.existsSync(file)) return null;
  return new Set([...fs.readFileSync(file, "utf8").matchAll(/^#{1,4}\s+(.+?)\s*$/gm)].map((m) => m[1]!));
};

describe("使用帮助 → 使用手册", () => {
  it("every screen's help target is a manual page, and its heading exists there", () => {
    const broken: string[] = [];
    for (const [app, entries] of Object.entries(HELP_PAGES)) {
      for (const [prefix, target] of entries) {
        const [page, heading] = target.split("#");
        const headings = headingsOf(page!);
        if (!headings) broken.push(`${app} ${prefix}: no page ${page}`);
        else if (heading && !headings.has(heading)) broken.push(`${app} ${prefix}: no heading “${heading}” in ${page}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
