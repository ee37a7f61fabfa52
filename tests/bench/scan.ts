// npm run bench:scan -- [--sizes 100000,300000,1000000] [--random 300] [--seed 1] [--reps 3]
// The scan alone (lib/search/scan), without the database or HTTP: catalogs of each size built in
// memory from the seed's own generator (prisma/seed/generate.ts, the demo's distributions), then the
// random set of bench:search (tests/bench/random-searches.ts), free text included (a saved brief is
// an inline one here), with every keyword held by a random 20% of creators. Prints per size: the
// build, the free-text indexes' build, p50/p95/p99/max, and the searches with text apart, in one
// table: how the scan's cost grows with the catalog. Each query's time is the median of --reps runs
// after a first one; a text's first search (its matches found, then kept) is shown apart.
// Text rules are JavaScript's (jsTextRules), not a database's.
import { performance } from "node:perf_hooks";
import { planSearch } from "../../lib/search/plan";
import { inlineBrief } from "../../lib/search/brief";
import { scanCatalog } from "../../lib/search/scan/run";
import { parseSearchQueryLenient } from "../../lib/validation/search";
import { createRng } from "../../prisma/seed/random";
import { seededCatalog } from "../support/seeded-catalog";
import { arg, ms, pct } from "./bench-http";
import { randomSearches } from "./random-searches";

const SIZES = (arg("--sizes") ?? "100000,300000,1000000").split(",").map(Number);
const N = Number(arg("--random") ?? 300);
const SEED = Number(arg("--seed") ?? 1);
const REPS = Number(arg("--reps") ?? 3);

function main() {
  const queries = randomSearches(N, SEED).map((params) => {
    const p = new URLSearchParams(params);
    if (p.get("brief")) {
      p.delete("brief");
      p.set("fitNiche", "beauty,health");
      p.set("fitKeywords", "skincare,routine");
      p.set("fitCountry", "US,GB");
    }
    return p.toString();
  });
  const table = [["creators", "build", "text index", "p50", "p95", "p99", "max", "over 50 ms", "with text: p50 / p95 / max", "a text's first search: p50 / p95 / max", "heap + arrays"]];
  for (const size of SIZES) {
    const t0 = performance.now();
    const cat = seededCatalog(size);
    const build = performance.now() - t0;
    const t1 = performance.now();
    cat.textIndexFresh();
    const indexMs = performance.now() - t1;
    const rng = createRng(SEED);
    const hits = Uint8Array.from({ length: size }, () => (rng.chance(0.2) ? 1 : 0));
    const times: number[] = [];
    const textTimes: number[] = [];
    // A text's first search in this catalog finds its matches; the next ones read the kept list (lib/search/scan/kept.ts).
    const firstTimes: number[] = [];
    const seen = new Set<string>();
    for (const params of queries) {
      const q = parseSearchQueryLenient(new URLSearchParams(params));
      const plan = planSearch(q, inlineBrief(q)?.brief ?? null);
      if (plan.conflicts.length) continue;
      const runs: number[] = [];
      for (let r = 0; r < REPS + 1; r++) {
        const t = performance.now();
        scanCatalog(cat, plan, plan.brief ? hits : null);
        if (r > 0) runs.push(performance.now() - t);
        else if (plan.text && !seen.has(plan.text)) {
          seen.add(plan.text);
          firstTimes.push(performance.now() - t);
        }
      }
      times.push(pct(runs, 50));
      if (plan.text) textTimes.push(pct(runs, 50));
    }
    const mem = process.memoryUsage();
    table.push([
      size.toLocaleString("en-US"), `${(build / 1000).toFixed(1)} s`, `${(indexMs / 1000).toFixed(1)} s`, ms(pct(times, 50)), ms(pct(times, 95)), ms(pct(times, 99)), ms(Math.max(...times)),
      String(times.filter((t) => t > 50).length), `${ms(pct(textTimes, 50))} / ${ms(pct(textTimes, 95))} / ${ms(Math.max(...textTimes))} (${textTimes.length})`,
      `${ms(pct(firstTimes, 50))} / ${ms(pct(firstTimes, 95))} / ${ms(Math.max(...firstTimes))} (${firstTimes.length} texts)`,
      `${Math.round((mem.heapUsed + mem.arrayBuffers) / 1e6)} MB`,
    ]);
    console.error(`  ${table[table.length - 1]!.join("  ")}`);
  }
  console.log(`\nThe scan alone: ${queries.length} random searches (seed ${SEED}, free text included; saved briefs replaced by an inline one), each the median of ${REPS} runs.`);
  for (const row of table) console.log(`| ${row.join(" | ")} |`);
}

main();
