import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Served by the API process at /admin/ (same origin as /graphql, so the session cookie just works).
export default defineConfig({
  base: "/admin/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { "/graphql": { target: "http://127.0.0.1:4000", changeOrigin: false } },
  },
});
