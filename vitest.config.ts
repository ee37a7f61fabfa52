import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Two projects: fast pure unit tests, and integration tests against a real PostgreSQL.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: fileURLToPath(new URL("./", import.meta.url)) },
      // `import "server-only"` marks lib/http, lib/auth/guard and lib/queries as server code (Next.js
      // resolves it per bundle); tests run that code directly.
      { find: /^server-only$/, replacement: fileURLToPath(new URL("./tests/support/server-only.ts", import.meta.url)) },
    ],
  },
  test: {
    // A committed `.only` would run one test and pass: in CI (CI set) it fails the run instead.
    allowOnly: !process.env.CI,
    projects: [
      {
        extends: true,
        // Property tests and workbook round trips take seconds on a busy 2-core machine: 5 s (vitest's
        // default) failed four of them at load 27 while they pass in under 1 s alone.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
