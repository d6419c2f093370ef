/**
 * Builds the user manual (docs/manual/*.md) into a static site and a printable PDF.
 *   node --experimental-strip-types … or: tsx e2e/manual/build-manual.ts
 * Screenshots are never drawn by hand: a page writes ![说明](shot:NAME) and NAME must be a screenshot
 * the e2e suite captured in this build (e2e/test-results/screenshots/NAME.png). A name the suite no
 * longer produces fails the build — so the manual cannot show a stale or missing screen.
 */
import fs from "node:fs";
import path from "node:path";
import MarkdownIt from "markdown-it";
import { chromium } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "../..");
const src = path.join(root, "docs/manual");
const shots = path.join(root, "e2e/test-results/screenshots");
const out = path.join(root, "docs/manual/dist");

const md = new MarkdownIt({ html: false, linkify: true });
// A heading's id is its text, so that the apps' 使用帮助 (packages/shared/src/help) and pages can link to
// "40-proposals-staff.html#提案统计".
md.core.ruler.push("heading_ids", (state) => {
  state.tokens.forEach((t, i) => {
    if (t.type === "heading_open") t.attrSet("id", state.tokens[i + 1]!.content.trim());
  });
});
const pages = fs.readdirSync(src).filter((f) => f.endsWith(".md")).sort((a, b) => (a === "index.md" ? -1 : b === "index.md" ? 1 : a.localeCompare(b)));
const missing: string[] = [];
const used = new Set<string>();

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(out, "screenshots"), { recursive: true });

const css = `body{font-family:"WenQuanYi Micro Hei","PingFang SC","Microsoft YaHei",sans-serif;max-width:880px;margin:0 auto;padding:24px;line-height:1.7;color:#222}
nav{border-bottom:1px solid #eee;margin-bottom:16px;padding-bottom:8px}nav a{margin-right:12px;color:#b4232a;text-decoration:none}
h1{color:#b4232a}img{max-width:100%;border:1px solid #ddd;border-radius:6px;margin:8px 0}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 8px}code{background:#f5f5f5;padding:0 4px}
@media print{nav{display:none}h1{page-break-before:always}}`;

function titleOf(text: string) {
  return /^#\s+(.+)$/m.exec(text)?.[1] ?? "使用手册";
}
const nav = pages.map((p) => `<a href="${p.replace(/\.md$/, ".html")}">${md.renderInline(titleOf(fs.readFileSync(path.join(src, p), "utf8")))}</a>`).join("");

const bodies: string[] = [];
for (const page of pages) {
  const text = fs.readFileSync(path.join(src, page), "utf8").replace(/\]\(shot:([\w.-]+)\)/g, (_m, name: string) => {
    const file = path.join(shots, `${name}.png`);
    if (!fs.existsSync(file)) missing.push(`${page}: ${name}`);
    else if (!used.has(name)) {
      used.add(name);
      fs.copyFileSync(file, path.join(out, "screenshots", `${name}.png`));
    }
    return `](screenshots/${name}.png)`;
  });
  const body = md.render(text);
  bodies.push(body);
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${titleOf(text)} · 智慧政协使用手册</title><link rel="stylesheet" href="manual.css"></head><body><nav>${nav}</nav>${body}</body></html>`;
  fs.writeFileSync(path.join(out, page.replace(/\.md$/, ".html")), html);
}
fs.writeFileSync(path.join(out, "manual.css"), css);

// Links between pages must land on a page and heading that exist (a renamed heading breaks them).
const headings = new Map(pages.map((p) => [p.replace(/\.md$/, ".html"), new Set([...fs.readFileSync(path.join(src, p), "utf8").matchAll(/^#{1,4}\s+(.+?)\s*$/gm)].map((m) => m[1]!))]));
for (const p of pages) {
  for (const [, target, heading] of fs.readFileSync(path.join(src, p), "utf8").matchAll(/\]\(([\w.-]+\.html)(?:#([^)]+))?\)/g)) {
    if (!headings.has(target!)) missing.push(`${p}: link to missing page ${target}`);
    else if (heading && !headings.get(target!)!.has(decodeURIComponent(heading))) missing.push(`${p}: link to missing heading ${target}#${heading}`);
  }
}

if (missing.length) {
  console.error(`manual: ${missing.length} problem(s) — screenshots the e2e suite did not produce, or links to missing pages/headings:\n  ${missing.join("\n  ")}`);
  process.exit(1);
}

// One printable document of every page, printed by Debian's Chromium.
const all = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${css}</style></head><body>${bodies.join("\n")}</body></html>`;
fs.writeFileSync(path.join(out, "print.html"), all);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
await page.goto(`file://${path.join(out, "print.html")}`);
await page.pdf({ path: path.join(out, "智慧政协使用手册.pdf"), format: "A4", margin: { top: "18mm", bottom: "18mm", left: "15mm", right: "15mm" }, printBackground: true });
await browser.close();
console.log(`manual: ${pages.length} pages, ${used.size} screenshots → ${path.relative(root, out)} (+ PDF)`);
