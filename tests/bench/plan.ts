// npm run bench:plan -- [--runs N] [--seed S] [--catalog N] [--url postgresql://…] [--keep]
// The planner's speed, printed (never asserted):
// 1. optimiser: buildPlan (three options: micro, macro, mixed) on random 5,000-creator pools with
//    random budgets ($1,000-$1,000,000, log-uniform), goals and creator limits, from a fixed seed;
// 2. end to end: planCampaign (brief, a 5,000-creator pool read from PostgreSQL with fit computed in
//    SQL, then the three options) on a seeded scratch database (--catalog creators, default 50,000),
//    or on the database at --url. The scratch database is dropped afterwards unless --keep.
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { buildPlan, PLAN_GOALS, type PlanCreator, type PlanGoal } from "../../lib/domain/plan";
import { estimatePrice } from "../../lib/domain/cost";
import { classifyTier } from "../../lib/domain/tiers";
import { PLATFORMS } from "../../lib/domain/types";
import { seed as seedDatabase } from "../../prisma/seed/index";
import { createTestDatabase, dropTestDatabase } from "../support/test-db";
import { createRng } from "../../prisma/seed/random";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const RUNS = Number(arg("--runs") ?? 100);
const SEED = Number(arg("--seed") ?? 20261130);
const CATALOG = Number(arg("--catalog") ?? 50_000);

/** The seed's PRNG (mulberry32): the same sequence for the same seed on every machine. */
const mulberry32 = (seed: number): (() => number) => createRng(seed).next;

function percentiles(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const p = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return `p50 ${p(0.5).toFixed(1)} ms · p95 ${p(0.95).toFixed(1)} ms · p99 ${p(0.99).toFixed(1)} ms · max ${s[s.length - 1]!.toFixed(1)} ms (n = ${s.length})`;
}

/** A pool like the catalog's: followers log-uniform 1K-3M, market-rate prices with noise, some unknowns. */
function randomPool(rnd: () => number, n: number): PlanCreator[] {
  return Array.from({ length: n }, (_, i) => {
    const followers = Math.round(1000 * Math.exp(rnd() * Math.log(3000)));
    const tier = classifyTier(followers);
    const platform = PLATFORMS[Math.floor(rnd() * 4)]!;
    const price = estimatePrice(platform, followers);
    const noise = 0.6 + rnd() * 0.8;
    return {
      id: `c${i}`, handle: `c${i}`, displayName: null, platform, tier, followers,
      expectedEngagements: rnd() < 0.05 ? null : Math.round(followers * (0.002 + rnd() * 0.05)),
      authenticityScore: rnd() < 0.05 ? null : Math.round(40 + rnd() * 60),
      fit: rnd() < 0.5 ? null : Math.round(rnd() * 100),
      priceLow: Math.round(price.low * noise * 100) / 100, priceHigh: Math.round(price.high * noise * 100) / 100,
      priceCurrency: "USD", priceSource: "estimate", agreedPrice: null,
    };
  });
}

const budgetOf = (rnd: () => number) => Math.round(1000 * Math.exp(rnd() * Math.log(1000)));
const goalOf = (rnd: () => number): PlanGoal => PLAN_GOALS[Math.floor(rnd() * PLAN_GOALS.length)]!;
const limitOf = (rnd: () => number) => (rnd() < 0.5 ? null : Math.max(1, Math.round(Math.exp(rnd() * Math.log(200)))));

function benchOptimiser() {
  const rnd = mulberry32(SEED);
  const times: number[] = [];
  const cpu: number[] = [];
  let inexact = 0;
  let worstGap = 0;
  for (let r = 0; r < RUNS; r++) {
    const pool = randomPool(rnd, 5_000);
    const input = { budget: budgetOf(rnd), goal: goalOf(rnd), limits: { maxCreators: limitOf(rnd), minAuthenticity: rnd() < 0.3 ? 60 : null, platforms: null } };
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const plan = buildPlan(pool, input);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    for (const o of plan.options) {
      if (!o.exact) inexact++;
      worstGap = Math.max(worstGap, o.gap);
    }
  }
  console.log(`optimiser (buildPlan, 3 options, 5,000 creators), wall clock: ${percentiles(times)}`);
  // CPU time of this process: what the work costs when the cores are not shared.
  console.log(`optimiser, CPU time: ${percentiles(cpu)}`);
  console.log(`  options not proven best: ${inexact} of ${RUNS * 3}; largest gap to the proven bound ${(worstGap * 100).toFixed(4)}%`);
}

async function benchEndToEnd(url: string) {
  process.env.DATABASE_URL = url;
  const { planCampaign } = await import("../../lib/queries/plan");
  const { planQuerySchema } = await import("../../lib/validation/plan");
  const { pool } = await import("../../lib/db/client");
  const rnd = mulberry32(SEED + 1);
  // Broad pools (more than 5,000 match, so each reads the full capped pool), with and without a brief.
  const pools = [{}, { brief: "brief_acme_skincare" }, { fitNiche: "beauty", fitKeywords: "skincare,routine" }, { platform: "instagram,tiktok" }, { list: "sl_acme_beauty" }];
  const times: number[] = [];
  const sizes: number[] = [];
  for (let r = -3; r < RUNS; r++) {
    const q = planQuerySchema.parse({ budget: String(budgetOf(rnd)), goal: goalOf(rnd), maxCreators: limitOf(rnd) ?? undefined, ...pools[Math.floor(rnd() * pools.length)]! });
    const t0 = performance.now();
    const plan = await planCampaign(q, "org_acme");
    const ms = performance.now() - t0;
    if (r >= 0) {
      times.push(ms);
      sizes.push(plan.pool.size);
    }
  }
  const full = sizes.filter((s) => s === 5_000).length;
  console.log(`end to end (planCampaign: brief + pool read + 3 options): ${percentiles(times)}`);
  console.log(`  ${full} of ${sizes.length} runs read a full 5,000-creator pool; the rest the demo shortlist; load average now ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  await pool.end();
}

async function main() {
  console.log(`bench:plan — seed ${SEED}, ${RUNS} runs each, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}, ${cpus().length} cores`);
  benchOptimiser();
  const given = arg("--url");
  if (given) return benchEndToEnd(given);
  const db = await createTestDatabase("scout_bench_plan");
  try {
    const t0 = performance.now();
    await seedDatabase(db.url, { count: CATALOG, reset: false, snapshots: false, seed: 20261121, quiet: true });
    console.log(`seeded ${CATALOG.toLocaleString("en-US")} creators in ${((performance.now() - t0) / 1000).toFixed(1)} s (scratch database ${db.name})`);
    await benchEndToEnd(db.url);
  } finally {
    if (!process.argv.includes("--keep")) await dropTestDatabase(db.name);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
