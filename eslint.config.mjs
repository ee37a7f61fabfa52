import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers (docs/architecture.md), held by the linter rather than by a README. In a flat config the
// last matching block's options for a rule win, so each block below states every restriction of its
// folder; tests/unit/lint/layers.test.ts lints a crossing import into each folder and expects an error.

/** The database: the Prisma client, its generated code, the bulk writers, the pg driver and the job queue (pg-boss opens its own connections). */
const DATABASE = {
  group: ["**/db/client", "**/db/generated", "**/db/generated/**", "**/db/bulk", "**/db/copy", "@prisma/*", "pg", "pg-copy-streams", "pg-boss"],
  message: "Only lib/queries (and lib/db) talk to the database: add or reuse a function in lib/queries.",
};
/**
 * Components render what pages hand them: no queries, no database, nothing from app/. A type-only
 * import of a query's row shape is allowed: it vanishes at build and keeps one definition of the row.
 */
const NOT_IN_COMPONENTS = [
  { group: ["**/lib/queries", "**/lib/queries/**"], allowTypeImports: true, message: "Components get their data from the page: no lib/queries here (import type is fine)." },
  { group: ["@/app/**", "**/../app/**"], message: "Components import nothing from app/: the page passes server actions and data in as props." },
];

const DOMAIN_MESSAGE = "lib/domain is pure: it imports only lib/domain (and zod). Do I/O in lib/queries or the caller.";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", ".data/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**", "lib/**", "proxy.ts", "instrumentation.ts"],
    ignores: ["lib/queries/**", "lib/db/**", "lib/domain/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [DATABASE] }] },
  },
  {
    files: ["components/**"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [DATABASE, ...NOT_IN_COMPONENTS] }] },
  },
  {
    // Pure: the heart of the product imports only itself (and zod), so it runs anywhere and tests in microseconds.
    files: ["lib/domain/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(?!\\./|@/lib/domain/|zod$)", message: DOMAIN_MESSAGE }] },
      ],
    },
  },
  {
    // A folder one level down (lib/domain/plan/) may reach its siblings with "../", never above.
    files: ["lib/domain/*/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(?!\\./|\\.\\./(?!\\.\\.)|@/lib/domain/|zod$)", message: DOMAIN_MESSAGE }] },
      ],
    },
  },
];

export default config;
