import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

const BASE = "/portal/";

/**
 * Fills public/sw.js (copied to dist/) with this build's file list and a version derived from the
 * files' contents: a new build is a new service worker, which re-caches only what changed.
 */
function portalServiceWorker(): Plugin {
  const DEV_BUILD = 'const BUILD = { version: "dev", precache: [] };';
  let outDir = "";
  return {
    name: "portal-service-worker",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const swFile = path.join(outDir, "sw.js");
      const source = fs.readFileSync(swFile, "utf8");
      if (!source.includes(DEV_BUILD)) throw new Error(`sw.js: the line «${DEV_BUILD}» is missing`);
      const files = (fs.readdirSync(outDir, { recursive: true }) as string[])
        .map((f) => f.split(path.sep).join("/"))
        .filter((f) => f !== "sw.js" && !f.endsWith(".map") && fs.statSync(path.join(outDir, f)).isFile())
        .sort();
      const hash = createHash("sha256").update(source);
      for (const f of files) hash.update(f).update(fs.readFileSync(path.join(outDir, f)));
      const build = { version: hash.digest("hex").slice(0, 12), precache: files.map((f) => BASE + f) };
      fs.writeFileSync(swFile, source.replace(DEV_BUILD, `const BUILD = ${JSON.stringify(build)};`));
    },
  };
}

// Served by the API at /portal/ (SPA fallback there); /graphql is same-origin in both dev and prod.
export default defineConfig({
  base: BASE,
  plugins: [react(), portalServiceWorker()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      treeshake: {
        // @zhzx/shared only declares constants and functions, but its index re-exports the zod schemas,
        // whose top-level z.object(...) calls look like side effects: without this every screen that
        // reads ROLE_LABELS would ship zod. Other modules keep their package.json `sideEffects`.
        moduleSideEffects: (id) => (/[\\/]packages[\\/]shared[\\/]src[\\/]/.test(id) ? false : undefined),
      },
    },
  },
  server: {
    port: 5174,
    strictPort: true,
    // PORTAL_API_URL points the dev server at another running API (e.g. an e2e stack on :4200).
    proxy: { "/graphql": { target: process.env.PORTAL_API_URL ?? "http://127.0.0.1:4000", changeOrigin: false } },
  },
});
