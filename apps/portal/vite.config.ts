import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Served by the API at /portal/ (SPA fallback there); /graphql is same-origin in both dev and prod.
export default defineConfig({
  base: "/portal/",
  plugins: [react()],
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
