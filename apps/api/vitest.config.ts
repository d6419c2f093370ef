import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: "test" },
  },
  resolve: {
    // graphql must be one module instance for type-graphql and Apollo (TOOLCHAIN.md).
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
});
