import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// npm run test:scale (scripts/test-scale.sh): real processes and clusters of the test's own; apart from
// the unit and integration projects, which need neither a build nor free ports.
export default defineConfig({
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL("./", import.meta.url)) }] },
  test: { include: ["tests/scale/**/*.test.ts"], environment: "node", testTimeout: 600_000, hookTimeout: 900_000, fileParallelism: false },
});
