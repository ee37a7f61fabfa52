// Issue 20, "a suite that cannot lie": in CI a committed .only fails vitest and Playwright, a dataset
// test cannot skip, and a skip fails the closing summary. Each guard is run here with CI set and unset.
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const ROOT = process.cwd();
const savedCi = process.env.CI;
afterEach(() => {
  if (savedCi === undefined) delete process.env.CI;
  else process.env.CI = savedCi;
  vi.resetModules();
});

async function withCi<T>(ci: string | undefined, load: () => Promise<T>): Promise<T> {
  if (ci === undefined) delete process.env.CI;
  else process.env.CI = ci;
  vi.resetModules();
  return load();
}

describe(".only in CI", () => {
  it("vitest: allowOnly is off when CI is set, on otherwise", async () => {
    const ci = await withCi("1", async () => (await import("../../../vitest.config")).default);
    expect((ci as { test?: { allowOnly?: boolean } }).test?.allowOnly).toBe(false);
    const local = await withCi(undefined, async () => (await import("../../../vitest.config")).default);
    expect((local as { test?: { allowOnly?: boolean } }).test?.allowOnly).toBe(true);
  }, 60_000);

  it("Playwright: forbidOnly when CI is set", async () => {
    const ci = await withCi("1", async () => (await import("../../../playwright.config")).default);
    expect(ci.forbidOnly).toBe(true);
    const local = await withCi(undefined, async () => (await import("../../../playwright.config")).default);
    expect(local.forbidOnly).toBe(false);
  }, 60_000); // loading @playwright/test takes seconds on a busy machine
});

describe("dataset tests (tests/support/datasets.ts)", () => {
  it("skip on a bare clone, but in CI run and fail naming the missing file", async () => {
    const bare = await withCi(undefined, () => import("../../support/datasets"));
    expect(bare.skipWithoutDataset("no-such-dataset.csv")).toBe(true);
    const ci = await withCi("true", () => import("../../support/datasets"));
    expect(ci.skipWithoutDataset("no-such-dataset.csv")).toBe(false);
    expect(() => ci.requireDataset("no-such-dataset.csv")).toThrow(/no-such-dataset\.csv is missing/);
  }, 60_000);
});

describe("scripts/test-summary.mjs", () => {
  function summary(ci: boolean, pending: number) {
    const dir = mkdtempSync(path.join(tmpdir(), "scout-summary-"));
    try {
      mkdirSync(path.join(dir, ".reports"));
      const results = [{ name: `${dir}/tests/unit/x.test.ts`, assertionResults: [{ status: "passed", fullName: "works" }, ...Array.from({ length: pending }, (_, i) => ({ status: "pending", fullName: `dataset case ${i}` }))] }];
      writeFileSync(path.join(dir, ".reports/vitest.json"), JSON.stringify({ numPassedTests: 1, numFailedTests: 0, numPendingTests: pending, numTodoTests: 0, testResults: results }));
      const env = { ...process.env };
      delete env.CI;
      if (ci) env.CI = "1";
      return spawnSync(process.execPath, [path.join(ROOT, "scripts/test-summary.mjs")], { cwd: dir, env, encoding: "utf8" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("prints the counts and names each skipped test", () => {
    const r = summary(false, 2);
    expect(r.stdout).toMatch(/^1 passed, 0 failed, 2 skipped$/m);
    expect(r.stdout).toMatch(/dataset case 0/);
    expect(r.status).toBe(0);
  }, 60_000);

  it("fails the run on a skip in CI, and passes it when nothing skipped", () => {
    expect(summary(true, 1).status).toBe(1);
    expect(summary(true, 0).status).toBe(0);
  }, 60_000);
});
