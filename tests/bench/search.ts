// npm run bench:search -- [--runs N] [--explain] [--sql-only] [--only <name part>] [--url http://127.0.0.1:3201]
//                          [--random N --seed S [--reps R]]
// Twelve representative searches, each run through HTTP (GET /api/creators on server.ts (`npm start`),
// signed in as the demo marketer) and directly in SQL (the same list + count statements the app
// sends, through the same lib/queries/search/ planSearch + searchPage: the scan of the catalog, or
// runSearch's statements on a pg pool), printing p50/p95 per
// query and the app/SQL ratio of the p50s. --explain prints EXPLAIN (ANALYZE, BUFFERS) of every
// statement runSearch sends for each query. Then the profile API and page of the largest and the
// smallest creators, and with --random N a seeded random set of valid queries
// (tests/bench/random-searches.ts; p50/p95/p99/max, each query the median of R runs, default 3).
// DATABASE_URL must point at a seeded database (see docs/performance.md, "## Search"). Without
// --url the script starts server.ts itself from NEXT_DIST_DIR (default .next-search) on
// BENCH_PORT (default 3201).
import type { ChildProcess } from "node:child_process";
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { Prisma } from "../../lib/db/generated/client";
import { planSearch, searchPage, toBrandBrief, type Exec } from "../../lib/queries/search";
import { inlineBrief } from "../../lib/search/brief";
import { parseSearchQueryLenient } from "../../lib/validation/search";
import { resolveDatabaseUrl } from "../../lib/db/url";
import { arg, describeSettings, ms, pct, signIn, startServer } from "./bench-http";
import { printTable, runProfiles, runRandom } from "./search-random";

const QUERIES: { name: string; params: string }[] = [
  { name: "default (score, no filters)", params: "" },
  { name: "text only", params: "q=skincare" },
  { name: "text with a typo", params: "q=skincre" },
  { name: "handle prefix", params: "q=anna" },
  { name: "filters only", params: "tier=micro,mid&country=US&minEr=2&sort=followers" },
  { name: "niche + tier + country, by ER", params: "niche=beauty&tier=micro&country=GB&sort=er" },
  { name: "text + filters + brief, by score", params: "q=routine&tier=micro,mid&niche=beauty&brief=brief_acme_skincare&sort=score" },
  { name: "brief, by fit", params: "brief=brief_acme_skincare&sort=fit&platform=instagram" },
  { name: "rare niche", params: "niche=automotive&country=NZ" },
  { name: "deep page", params: "tier=micro&sort=followers&page=400" },
  { name: "cheap + authentic + email, by CPE", params: "maxPrice=300&minAuthenticity=80&hasEmail=true&sort=cpe" },
  { name: "fresh + growth, custom weights", params: "freshDays=30&sort=growth&wEng=50&wFit=0&wAuth=50&wCost=0&band=high" },
];

const ORG = "org_acme";

const RUNS = Number(arg("--runs") ?? 20);
const EXPLAIN = process.argv.includes("--explain");
const SQL_ONLY = process.argv.includes("--sql-only");
const ONLY = arg("--only");
const RANDOM = arg("--random") ? Number(arg("--random")) : 0;
const SEED = Number(arg("--seed") ?? 1);
const SELECTED = ONLY ? QUERIES.filter((x) => x.name.includes(ONLY)) : QUERIES;

async function sqlFor(pool: pg.Pool, params: string): Promise<(exec: Exec) => ReturnType<typeof searchPage>> {
  const q = parseSearchQueryLenient(new URLSearchParams(params));
  if (!q.brief) {
    // The inline brief, exactly as the app resolves it.
    const brief = inlineBrief(q)?.brief ?? null;
    return (exec) => searchPage(planSearch(q, brief), exec);
  }
  let brief = null;
  if (q.brief) {
    const { rows } = await pool.query(`SELECT niches, keywords, countries, languages, platforms::text[] AS platforms FROM "BrandBrief" WHERE id = $1 AND "organizationId" = $2`, [q.brief, ORG]);
    if (!rows[0]) throw new Error(`brief ${q.brief} not found: seed the database first`);
    brief = toBrandBrief(rows[0]);
  }
  return (exec) => searchPage(planSearch(q, brief), exec);
}

const poolExec = (pool: pg.Pool): Exec => async <T,>(s: Prisma.Sql) => (await pool.query(s.text, s.values as unknown[])).rows as T[];

async function main() {
  const pool = new pg.Pool({ connectionString: resolveDatabaseUrl(), max: 4 });
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM "Creator"`);
  console.log(`Creators in the catalog: ${rows[0].n.toLocaleString("en-US")}; ${RUNS} timed runs per query after 3 warm-ups.`);
  console.log(`${await describeSettings(pool)}\n`);

  if (EXPLAIN) {
    for (const { name, params } of SELECTED) {
      const search = await sqlFor(pool, params);
      const statements: Prisma.Sql[] = [];
      await search(async <T,>(s: Prisma.Sql) => {
        statements.push(s);
        return (await pool.query(s.text, s.values as unknown[])).rows as T[];
      });
      for (const s of statements.filter((x) => !/^\s*EXPLAIN|pg_class|pg_stats/.test(x.text))) {
        const kind = /^\s*(WITH m AS MATERIALIZED|SELECT count\(\*\))/.test(s.text) ? "count" : "list";
        const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${s.text}`, s.values as unknown[]);
        console.log(`### ${name} (${kind}) — ?${params}\n\`\`\`\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}\n\`\`\`\n`);
      }
    }
    await pool.end();
    return;
  }

  let server: { url: string; child: ChildProcess } | null = null;
  let base = arg("--url");
  if (!SQL_ONLY && !base) {
    server = await startServer();
    base = server.url;
  }
  const cookie = base ? await signIn(base) : "";

  let floorLine = "";
  let profiles: string[][] = [];
  const table: string[][] = [["query", "SQL p50", "SQL p95", "app p50", "app p95", "app/SQL p50", "total", "path"]];
  try {
    // One pass over the named queries before any is timed: the first search reads the server's
    // catalog, and the collections of that build's garbage (hundreds of ms, seconds after it) would
    // otherwise land in the first query's timed runs: start-up, not that query's cost.
    if (base) for (const { params } of SELECTED) await (await fetch(`${base}/api/creators?${params}`, { headers: { cookie } })).arrayBuffer();
    for (const { name, params } of SELECTED) {
      const search = await sqlFor(pool, params);
      const exec = poolExec(pool);
      const sqlTimes: number[] = [];
      let total = 0;
      let capped = false;
      let strategy = "";
      for (let i = 0; i < RUNS + 3; i++) {
        const t0 = performance.now();
        const r = await search(exec);
        if (i >= 3) sqlTimes.push(performance.now() - t0);
        total = r.total;
        capped = r.totalCapped;
        strategy = r.path;
      }
      const appTimes: number[] = [];
      // This process holds a catalog of its own for the SQL column: its garbage is collected now,
      // not on the cores the server's timed answers need (npm run bench:search runs with --expose-gc).
      (globalThis as { gc?: () => void }).gc?.();
      if (base) {
        for (let i = 0; i < RUNS + 3; i++) {
          const t0 = performance.now();
          const res = await fetch(`${base}/api/creators?${params}`, { headers: { cookie } });
          const body = (await res.json()) as { total?: number };
          if (!res.ok || body.total !== total) throw new Error(`${name}: HTTP ${res.status}, total ${body.total} vs SQL ${total}`);
          if (i >= 3) appTimes.push(performance.now() - t0);
        }
      }
      const f = ms;
      table.push([
        name,
        f(pct(sqlTimes, 50)),
        f(pct(sqlTimes, 95)),
        appTimes.length ? f(pct(appTimes, 50)) : "—",
        appTimes.length ? f(pct(appTimes, 95)) : "—",
        appTimes.length ? `${(pct(appTimes, 50) / pct(sqlTimes, 50)).toFixed(2)}x` : "—",
        `${total.toLocaleString("en-US")}${capped ? "+" : ""}`,
        strategy,
      ]);
      console.error(`  ${table[table.length - 1]!.join("  ")}`);
    }
    if (base) {
      // The fixed cost of the HTTP path, without SQL: a signed-in request that the guard and the
      // query schema answer (400, an unknown sort), so the ratio of the fastest queries can be read.
      const floor: number[] = [];
      for (let i = 0; i < RUNS + 3; i++) {
        const t0 = performance.now();
        const res = await fetch(`${base}/api/creators?sort=nonsense`, { headers: { cookie } });
        await res.text();
        if (res.status !== 400) throw new Error(`floor: HTTP ${res.status}`);
        if (i >= 3) floor.push(performance.now() - t0);
      }
      profiles = await runProfiles(pool, base, cookie, RUNS);
      if (RANDOM > 0) await runRandom(base, cookie, RANDOM, SEED, Number(arg("--reps") ?? 3));
      floorLine = `HTTP floor (signed in, answered 400 before any SQL): p50 ${pct(floor, 50).toFixed(1)} ms, p95 ${pct(floor, 95).toFixed(1)} ms`;
    }
  } finally {
    server?.child.kill();
    await pool.end();
  }
  const pool2 = RANDOM > 0 && !base ? new pg.Pool({ connectionString: resolveDatabaseUrl(), max: 4 }) : null;
  console.log("");
  printTable(table);
  if (profiles.length) {
    console.log("");
    printTable(profiles);
  }
  if (RANDOM > 0 && !base) {
    // SQL only: the app's own planSearch + searchPage (the scan, or runSearch on the pool) (conflicting filters answer without SQL, as in the app).
    const exec = poolExec(pool2!);
    await runRandom(undefined, "", RANDOM, SEED, Number(arg("--reps") ?? 3), async (params) => {
      const q = parseSearchQueryLenient(new URLSearchParams(params));
      if (planSearch(q, null).conflicts.length) return { total: 0, path: "none" };
      const r = await (await sqlFor(pool2!, params))(exec);
      return { total: r.total, path: r.path };
    });
    await pool2!.end();
  }
  if (floorLine) console.log(`\n${floorLine}`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
