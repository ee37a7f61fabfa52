// `import "server-only"` marks code that must never reach a browser bundle (Next.js fails the build
// if a client component pulls it in). The command-line tools (tsx: the import CLI, seed, migrations,
// benchmarks, the test worker) run outside Next.js, where the marker would throw; so it goes on every
// server module except those the CLI reaches. This test follows the imports from the CLI entry points
// and checks both halves, so a new query file is marked and a CLI-reachable one is not.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const MARKER = /^import "server-only";$/m;
const CLI_ENTRIES = [
  ...["scripts", "prisma/seed", "tests/bench", "tests/support"].flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".ts")).map((f) => `${d}/${f}`)),
  "lib/db/embedded-server.ts",
  "prisma.config.ts",
];

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? path.join(path.dirname(from), spec) : null;
  if (base === null) return null;
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find((c) => existsSync(path.join(ROOT, c)) && !c.endsWith("/")) ?? null;
}

function reachableFrom(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const file = path.normalize(stack.pop()!);
    if (seen.has(file) || !existsSync(file) || !/\.tsx?$/.test(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
      const next = resolve(file, m[1]!);
      if (next) stack.push(next);
    }
  }
  return seen;
}

const list = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts")).map((f) => path.join(dir, f));
const marked = (file: string) => MARKER.test(readFileSync(file, "utf8"));

describe('import "server-only"', () => {
  const cli = reachableFrom(CLI_ENTRIES);

  it("is in no module the command-line tools load", () => {
    expect(cli.has(path.normalize("lib/queries/imports.ts"))).toBe(true); // the walk does follow imports
    expect([...cli].filter(marked)).toEqual([]);
  });

  it("is in every lib/http module (but the client-safe types), the guard, and every query module the CLI does not load", () => {
    const server = [...list("lib/http").filter((f) => !f.endsWith("action-state.ts")), "lib/auth/guard.ts", ...list("lib/queries").filter((f) => !cli.has(f))];
    expect(server.length).toBeGreaterThan(10);
    expect(server.filter((f) => !marked(f))).toEqual([]);
  });
});
