import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    setupFiles: ["test/support/no-queued-queries.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Many logins from 127.0.0.1 across a suite: the per-IP login ceiling is tested on its own.
    env: { NODE_ENV: "test", LOGIN_RATE_LIMIT: "100000" },
  },
  resolve: {
    // graphql must be one module instance for type-graphql and Apollo (TOOLCHAIN.md).
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
});
