// npm run bench:load -- [--connections 50] [--seconds 60] [--seed 1] [--warm 0] [--url http://127.0.0.1:3201]
// Throughput under load: `connections` signed-in clients, each sending its next request as soon as
// the last one answered, for `seconds`, on a mix of 70% random valid searches (the generator of
// bench:search --random), 20% creator profiles (GET /api/creators/:id, random creators) and 10%
// compare (GET /api/compare, 2-4 random creators). Prints requests/s, p50/p95/p99, errors, each kind's p50/p99, p50/p99
// for each 15 s of the run, the five slowest requests, the load generator's own CPU, the PostgreSQL
// settings and the machine's load. The clients are autocannon's (keep-alive, a raw HTTP parser, bodies not decompressed),
// asking for gzip as a browser does: the generator shares the machine's cores with the server.
// DATABASE_URL: a seeded catalog (docs/performance.md).
import type { ChildProcess } from "node:child_process";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import pg from "pg";
import { createRng } from "../../prisma/seed/random";
import { resolveDatabaseUrl } from "../../lib/db/url";
import { arg, describeSettings, ms, pct, signIn, startServer } from "./bench-http";
import { randomSearches } from "./random-searches";

const CONNECTIONS = Number(arg("--connections") ?? 50);
const SECONDS = Number(arg("--seconds") ?? 60);
const SEED = Number(arg("--seed") ?? 1);
const WARM = Number(arg("--warm") ?? 0);

async function main() {
  const pool = new pg.Pool({ connectionString: resolveDatabaseUrl(), max: 2 });
  const { rows } = await pool.query<{ id: string }>(`SELECT id FROM "Creator" TABLESAMPLE SYSTEM (1) LIMIT 2000`);
  const ids = rows.map((r) => r.id);
  console.log(`${await describeSettings(pool)}`);
  let server: { url: string; child: ChildProcess } | null = null;
  let base = arg("--url");
  if (!base) {
    server = await startServer();
    base = server.url;
  }
  const cookie = await signIn(base);
  // Searches before the clock starts: each server process reads its search catalog once
  // (docs/search.md), which is start-up, not throughput. Parallel requests open their own
  // connections, which the processes take in turn, so every process is ready when the clock starts.
  const tWarm = performance.now();
  const warmers = 4 * Number(process.env.BENCH_WEB_PROCESSES ?? 1);
  const warm = await Promise.all(
    Array.from({ length: warmers }, async () => {
      const res = await fetch(`${base}/api/creators?sort=followers`, { headers: { cookie, connection: "close" } });
      await res.text();
      return res.status;
    }),
  );
  console.log(`Warm-up: ${warmers} searches (each process's catalog read once): ${ms(performance.now() - tWarm)}, HTTP ${[...new Set(warm)].join(", ")}`);
  /** The mix's next request, drawn from a seed's random searches and the sampled creators. */
  const mix = (seed: number) => {
    const searches = randomSearches(2_000, seed);
    const rng = createRng(seed);
    return (): string => {
      const r = rng.next();
      if (r < 0.7) return `/api/creators?${searches[Math.floor(rng.next() * searches.length)]}`;
      if (r < 0.9) return `/api/creators/${rng.pick(ids)}`;
      // 2-4 distinct creators (two draws of the same id made a one-creator compare: a 400).
      const picked = new Set<string>();
      for (const n = rng.int(2, 4); picked.size < n; ) picked.add(rng.pick(ids));
      return `/api/compare?ids=${[...picked].join(",")}`;
    };
  };
  const load = (seconds: number, next: () => string, onResponse: (path: string, status: number, took: number) => void) =>
    new Promise<{ errors: number; timeouts: number }>((resolve, reject) => {
      const run = autocannon(
        {
          url: base,
          connections: CONNECTIONS,
          duration: seconds,
          timeout: 120,
          headers: { cookie, "accept-encoding": "gzip, deflate, br" },
          requests: [{ setupRequest: (req, context) => ((context.path = next()), { ...req, method: "GET", path: context.path as string }) }],
        },
        (err, res) => (err ? reject(err) : resolve(res)),
      );
      run.on("response", (client, status, _bytes, took) => onResponse(String(client.requestIterator.context.path), status, took));
    });
  // --warm N: N seconds of the same mix from another seed before the clock starts, so that the
  // minute measures a server past its first searches (each text's and keyword's first find, code
  // not yet optimised), which the run without it includes. 0 unless asked.
  if (WARM > 0) {
    const warmTimes: number[] = [];
    const tw = performance.now();
    await load(WARM, mix(SEED + 1_000), (_path, _status, took) => warmTimes.push(took));
    console.log(`Warm-up: ${WARM} s of the mix (seed ${SEED + 1_000}): ${warmTimes.length} requests, ${(warmTimes.length / ((performance.now() - tw) / 1000)).toFixed(1)} requests/s, p50 ${ms(pct(warmTimes, 50))}, p99 ${ms(pct(warmTimes, 99))}`);
  }
  const next = mix(SEED);
  const times: number[] = [];
  // Each kind's times apart: which kind the tail is made of.
  const kindOf = (path: string) => (path.startsWith("/api/compare") ? "compare" : path.startsWith("/api/creators?") ? "search" : "profile");
  const byKind = new Map<string, number[]>();
  // When each answer came, to show where in the run the slow ones fall (a process's first search of
  // a text or a keyword finds its matches once, then keeps them: docs/search.md, "Kept lists").
  const at: number[] = [];
  const slowest: { ms: number; path: string }[] = [];
  const statuses = new Map<number, number>();
  let errors = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let result: { errors: number; timeouts: number };
  try {
    result = await load(SECONDS, next, (path, status, took) => {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      // A compare of two random ids can repeat one creator (a 400 by design): not an error.
      if (status >= 500 || (status >= 400 && !path.startsWith("/api/compare"))) errors++;
      times.push(took);
      const kind = kindOf(path);
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind)!.push(took);
      at.push(performance.now() - t0);
      // The five slowest, to say what the tail is made of.
      if (slowest.length < 5 || took > slowest[4]!.ms) {
        slowest.push({ ms: took, path });
        slowest.sort((x, y) => y.ms - x.ms).splice(5);
      }
    });
  } finally {
    server?.child.kill();
  }
  errors += result.errors + result.timeouts;
  const cpu = process.cpuUsage(cpu0);
  const secs = (performance.now() - t0) / 1000;
  console.log(`\n${CONNECTIONS} connections, ${secs.toFixed(1)} s, seed ${SEED}: ${times.length} requests, ${(times.length / secs).toFixed(1)} requests/s`);
  console.log(`p50 ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))}, p99 ${ms(pct(times, 99))}, max ${ms(Math.max(...times))}; errors ${errors}; statuses ${[...statuses].map(([s, n]) => `${s}: ${n}`).join(", ")}`);
  for (const [kind, t] of byKind) console.log(`  ${kind}: ${t.length} requests, p50 ${ms(pct(t, 50))}, p99 ${ms(pct(t, 99))}, max ${ms(Math.max(...t))}`);
  // Windows of 15 s; the last one runs to the end.
  const WINDOW = 15;
  const windows = Math.max(1, Math.floor(secs / WINDOW));
  for (let w = 0; w < windows; w++) {
    const last = w === windows - 1;
    const inWindow = times.filter((_, k) => at[k]! >= w * WINDOW * 1000 && (last || at[k]! < (w + 1) * WINDOW * 1000));
    const label = `${w * WINDOW}-${last ? secs.toFixed(0) : (w + 1) * WINDOW} s`;
    if (inWindow.length) console.log(`  answered ${label}: ${inWindow.length} requests, p50 ${ms(pct(inWindow, 50))}, p99 ${ms(pct(inWindow, 99))}, max ${ms(Math.max(...inWindow))}`);
  }
  console.log(`The load generator's own CPU: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s over ${secs.toFixed(1)} s`);
  console.log(`Slowest:\n${slowest.map((s) => `  ${ms(s.ms)}  ${s.path}`).join("\n")}`);
  console.log(`${await describeSettings(pool)}`);
  await pool.end();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
