// Prints one closing line over every runner: "N passed, N failed, N skipped", and names the skipped
// tests. In CI (CI set) a skip fails the run: the suite's only skips are the dataset tests on a bare
// clone (tests/support/datasets.ts), and CI has the datasets, so a skip there hides a broken test.
import { existsSync, readFileSync } from "node:fs";

let passed = 0, failed = 0, skipped = 0;
const skippedNames = [];
if (existsSync(".reports/vitest.json")) {
  const v = JSON.parse(readFileSync(".reports/vitest.json", "utf8"));
  passed += v.numPassedTests; failed += v.numFailedTests; skipped += v.numPendingTests + (v.numTodoTests ?? 0);
  for (const file of v.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status === "pending" || t.status === "skipped" || t.status === "todo") skippedNames.push(`${file.name.replace(process.cwd() + "/", "")}: ${t.fullName ?? t.title}`);
    }
  }
}
if (existsSync(".reports/e2e.json")) {
  const report = JSON.parse(readFileSync(".reports/e2e.json", "utf8"));
  const s = report.stats;
  passed += s.expected; failed += s.unexpected + (s.flaky ?? 0); skipped += s.skipped;
  const walk = (suite, file) => {
    for (const spec of suite.specs ?? []) for (const t of spec.tests ?? []) if (t.status === "skipped") skippedNames.push(`${spec.file ?? file}: ${spec.title}`);
    for (const child of suite.suites ?? []) walk(child, suite.file ?? file);
  };
  for (const suite of report.suites ?? []) walk(suite, suite.file);
}
const ci = !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (skippedNames.length) {
  console.log(`skipped:\n${skippedNames.slice(0, 30).map((n) => `  - ${n}`).join("\n")}${skippedNames.length > 30 ? `\n  … and ${skippedNames.length - 30} more` : ""}`);
}
if (ci && skipped > 0) console.log("CI: a skipped test fails the run (nothing may be skipped where the datasets are present).");
process.exit(failed > 0 || passed === 0 || (ci && skipped > 0) ? 1 : 0);
