// Prints one closing line over every runner: "N passed, N failed, N skipped".
import { existsSync, readFileSync } from "node:fs";

let passed = 0, failed = 0, skipped = 0;
for (const report of [".reports/vitest.json", ".reports/scale.json"]) {
  if (!existsSync(report)) continue;
  const v = JSON.parse(readFileSync(report, "utf8"));
  passed += v.numPassedTests; failed += v.numFailedTests; skipped += v.numPendingTests + (v.numTodoTests ?? 0);
}
if (existsSync(".reports/e2e.json")) {
  const s = JSON.parse(readFileSync(".reports/e2e.json", "utf8")).stats;
  passed += s.expected; failed += s.unexpected + (s.flaky ?? 0); skipped += s.skipped;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
