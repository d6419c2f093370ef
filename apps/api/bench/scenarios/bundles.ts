import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { repoRoot } from "../../src/db/migrator";
import type { Section } from "../report";

/** Gzipped JS that the first page load needs: the entry script and its modulepreloads. */
export function bundleSizes(): Section {
  const rows = [];
  for (const app of ["admin", "portal"]) {
    const dist = path.join(repoRoot, "apps", app, "dist");
    const index = path.join(dist, "index.html");
    if (!fs.existsSync(index)) {
      rows.push({ name: app, measured: "未构建（先运行 pnpm build）" });
      continue;
    }
    const html = fs.readFileSync(index, "utf8");
    const refs = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!);
    const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, f.replace(new RegExp(`^/${app}/`), "")))).length;
    const initial = refs.reduce((s, f) => s + gz(f), 0);
    const all = fs.readdirSync(path.join(dist, "assets")).filter((f) => f.endsWith(".js")).reduce((s, f) => s + gz(`assets/${f}`), 0);
    const budget = app === "portal" ? 200 : 600;
    rows.push({ name: `${app} 首屏 JS (gzip)`, measured: `${(initial / 1024).toFixed(0)} KiB（全部 JS ${(all / 1024).toFixed(0)} KiB）`, target: `≤ ${budget} KiB`, ok: initial / 1024 <= budget });
  }
  return { title: "前端包大小 SPA bundles", rows };
}
