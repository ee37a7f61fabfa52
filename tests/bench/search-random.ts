// Parts of `npm run bench:search`: the random set (--random N --seed S) and the profile figures.
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { ms, pct } from "./bench-http";
import { randomSearches } from "./random-searches";

/** Median of `reps` timed requests (after one untimed warm-up of the same URL). */
async function timed(url: string, cookie: string, reps: number): Promise<{ t: number; status: number; body: string }> {
  const times: number[] = [];
  let status = 0;
  let body = "";
  for (let i = 0; i < reps + 1; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    body = await res.text();
    status = res.status;
    if (i > 0) times.push(performance.now() - t0);
  }
  return { t: pct(times, 50), status, body };
}

/**
 * The random set: each query's time is the median of `reps` runs; prints p50/p95/p99/max over the
 * set, how many took over 100 ms, and the ten slowest with their path (the API's `debug=1` answer).
 */
export type SqlRun = (params: string) => Promise<{ total: number; path: string }>;

/** Median of `reps` runs of the app's own search code on a pg pool (--sql-only), after a warm-up. */
async function timedSql(run: SqlRun, params: string, reps: number): Promise<{ t: number; status: number; body: string }> {
  const times: number[] = [];
  let out = { total: 0, path: "" };
  for (let i = 0; i < reps + 1; i++) {
    const t0 = performance.now();
    out = await run(params);
    if (i > 0) times.push(performance.now() - t0);
  }
  return { t: pct(times, 50), status: 200, body: JSON.stringify({ total: out.total, debug: { path: out.path } }) };
}

/** Over HTTP when `base` is given, else in SQL through `sqlRun` (the same runSearch the app calls). */
export async function runRandom(base: string | undefined, cookie: string, n: number, seed: number, reps: number, sqlRun?: SqlRun): Promise<void> {
  const queries = randomSearches(n, seed);
  const results: { params: string; t: number; total: number; path: string }[] = [];
  let errors = 0;
  for (const params of queries) {
    const r = base ? await timed(`${base}/api/creators?${params}`, cookie, reps) : await timedSql(sqlRun!, params, reps);
    if (r.status !== 200) {
      errors++;
      console.error(`  HTTP ${r.status} for ?${params}: ${r.body.slice(0, 200)}`);
      continue;
    }
    const body = JSON.parse(r.body) as { total: number; debug?: { path?: string } };
    results.push({ params, t: r.t, total: body.total, path: body.debug?.path ?? "" });
  }
  // The path each one took, for the slowest (one more request with debug=1, untimed).
  const slowest = [...results].sort((a, b) => b.t - a.t).slice(0, 10);
  for (const s of base ? slowest : []) {
    const res = await fetch(`${base}/api/creators?${s.params}&debug=1`, { headers: { cookie } });
    const body = (await res.json()) as { debug?: { path?: string } };
    s.path = body.debug?.path ?? "?";
  }
  const ts = results.map((r) => r.t);
  console.log(`\nRandom set (${base ? "app, over HTTP" : "SQL only"}): ${n} queries, seed ${seed}, each the median of ${reps} runs after a warm-up; ${errors} errors.`);
  console.log(`p50 ${ms(pct(ts, 50))}, p95 ${ms(pct(ts, 95))}, p99 ${ms(pct(ts, 99))}, max ${ms(Math.max(...ts))}; over 100 ms: ${ts.filter((t) => t > 100).length}; empty answers: ${results.filter((r) => r.total === 0).length}`);
  console.log("Slowest ten:");
  for (const s of slowest) console.log(`  ${ms(s.t).padStart(10)}  total ${String(s.total).padStart(6)}  ${s.path.padEnd(14)} ?${s.params}`);
}

/** The profile (API and page) of the largest and the smallest creators: p50/p95 over `runs`. */
export async function runProfiles(pool: pg.Pool, base: string, cookie: string, runs: number): Promise<string[][]> {
  const pick = async (order: "DESC" | "ASC") =>
    (await pool.query<{ id: string; followers: number }>(`SELECT id, followers FROM "Creator" ORDER BY followers ${order}, id LIMIT 1`)).rows[0]!;
  const rows: string[][] = [["profile", "followers", "API p50", "API p95", "page p50", "page p95"]];
  for (const [name, c] of [["largest creator", await pick("DESC")], ["smallest creator", await pick("ASC")]] as const) {
    const times = async (url: string) => {
      const t: number[] = [];
      for (let i = 0; i < runs + 3; i++) {
        const t0 = performance.now();
        const res = await fetch(url, { headers: { cookie } });
        await res.text();
        if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
        if (i >= 3) t.push(performance.now() - t0);
      }
      return t;
    };
    const api = await times(`${base}/api/creators/${c.id}`);
    const page = await times(`${base}/creators/${c.id}`);
    rows.push([name, c.followers.toLocaleString("en-US"), ms(pct(api, 50)), ms(pct(api, 95)), ms(pct(page, 50)), ms(pct(page, 95))]);
  }
  return rows;
}

export function printTable(table: string[][]): void {
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(table[0]!));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of table.slice(1)) console.log(line(r));
}
