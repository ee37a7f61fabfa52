// The scan (lib/search/scan, served from the catalog of lib/queries/search/catalog-sync.ts) against
// the SQL paths (runSearch) on real PostgreSQL: the same pages, in the same order, with the same
// totals, for random valid searches over every filter, sort, order, brief and weight; and a catalog
// that sees every committed write before the next search, including one made by a transaction that
// was still running when the catalog last read.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { NICHE_IDS } from "@/lib/domain/niches";
import { creatorScore } from "@/lib/domain/score";
import { PLATFORMS, TIERS } from "@/lib/domain/types";
import { planSearch, runSearch, type Exec } from "@/lib/queries/search";
import { scanSearch } from "@/lib/queries/search/scan-page";
import { inlineBrief } from "@/lib/search/brief";
import { parseSearchQueryLenient, parseSearchQueryStrict } from "@/lib/validation/search";
import { createRng } from "../../prisma/seed/random";
import { randomSearch } from "../bench/random-searches";

const PREFIX = "itscan";
const N = 1_500;
const rng = createRng(20261206);
const maybe = <T,>(p: number, v: () => T): T | null => (rng.next() < p ? v() : null);
const BIOS = ["Daily skincare routine", "honest reviews of vegan food", "travel tips", "FPS gaming with my headset", "", "Crème skíncare ROUTINE", "collabs: fitness & travel", "Honest  reviews, honest tips", "먹방 브이로그 daily", "ΟΔΟΣ travel journey", null];
const COUNTRIES = ["US", "GB", "DE", "BR", "TR", "NZ"];
// Names and handles for free text: the generator's words (anna, leo, mia, kim, …), near misses,
// other scripts, case that lower() folds, and none at all.
// "Tanakka" and "Rivvera" hold no generator word, but are within pg_trgm's typo distance of two.
const NAMES = ["Anna Rivera", "Leo Tanaka", "MIA KIM", "Sara.Kim", "Lena_S", "Noah Okafor", "Annabel Lee", "Ana", "김민지", "Zoë Ökten", "Ørjan Ås", "Yuki Tanakka", "Ana Rivvera", null];
const handles = new Set<string>();
function handleOf(i: number, platform: string, name: string | null): string {
  // A few handles are a name exactly (the exact-handle rank), the rest start with one or not.
  const bare = (name ?? "x").toLowerCase().replace(/[^\p{L}\p{N}._]/gu, "");
  // Some handles are only a typo away from a generator word (the handle's own `<%`).
  if (i % 50 === 7) return `tanakka.${i}`;
  if (i % 50 === 23) return `rivvera_${i}`;
  for (const h of [bare, `${bare}${i}`, `${PREFIX}h${i}`]) {
    if (i % 3 === 2 && h !== `${PREFIX}h${i}`) continue;
    if (!h || handles.has(`${platform}:${h}`)) continue;
    handles.add(`${platform}:${h}`);
    return h;
  }
  throw new Error("unreachable");
}

// Values drawn from few choices, so that sort keys tie often and the id decides.
const rows = Array.from({ length: N }, (_, i) => {
  const platform = rng.pick(PLATFORMS);
  const displayName = rng.pick(NAMES);
  return { id: `${PREFIX}${String(i).padStart(5, "0")}`, platform, displayName, handle: handleOf(i, platform, displayName), ...values() };
});
function values() {
  return {
  tier: rng.pick(TIERS),
  niches: [...new Set(Array.from({ length: rng.int(0, 3) }, () => rng.pick(NICHE_IDS)))],
  bio: rng.pick(BIOS),
  country: maybe(0.9, () => rng.pick(COUNTRIES)),
  language: maybe(0.85, () => rng.pick(["en", "de", "pt", "tr", " EN "])),
  followers: rng.pick([1_000, 12_000, 48_000, 200_000, 750_000, 3_000_000]) + (rng.next() < 0.5 ? rng.int(0, 999) : 0),
  engagementRate: maybe(0.85, () => rng.int(0, 400) / 10_000),
  engagementRankable: rng.next() < 0.93,
  expectedEngagements: maybe(0.8, () => rng.int(0, 40) * 50),
  engagementScore: maybe(0.85, () => (rng.next() < 0.5 ? rng.int(0, 10) * 10 : rng.next() * 100)),
  authenticityScore: maybe(0.8, () => rng.int(0, 20) * 5),
  costScore: maybe(0.75, () => rng.int(0, 100)),
  priceLow: maybe(0.9, () => rng.pick([40, 99.5, 300, 1200, 8000])),
  priceHigh: maybe(0.9, () => 20_000),
  costPerEngagement: maybe(0.8, () => rng.int(1, 60) / 100),
  followerGrowth30d: maybe(0.6, () => (rng.int(0, 40) - 10) / 100),
  contactEmail: rng.pick([null, "", "team@example.com"]),
  metricsAsOf: new Date(Date.now() - rng.int(0, 400) * 86_400_000),
  };
}

const exec: Exec = (s) => prisma.$queryRaw(s);

beforeAll(async () => {
  await prisma.creator.deleteMany({ where: { id: { startsWith: PREFIX } } });
  await prisma.creator.createMany({ data: rows });
  await prisma.$executeRawUnsafe(`ANALYZE "Creator"`);
});
afterAll(async () => {
  await prisma.creator.deleteMany({ where: { id: { startsWith: PREFIX } } });
});

/** A random valid search, free text included (saved briefs need an organisation: inline ones stand in). */
function randomQuery() {
  const params = new URLSearchParams(randomSearch(rng));
  params.delete("brief");
  // Pages the small catalog reaches.
  if (Number(params.get("page") ?? 1) > 8) params.set("page", String(rng.int(1, 8)));
  const parsed = parseSearchQueryStrict(params);
  if (!parsed.success) throw new Error(`generator drew an invalid query: ${params}`);
  return { query: parsed.data, text: params.toString() };
}

describe("the scan against the SQL paths", () => {
  it("returns the same page, order and total for 400 random valid searches, free text included", async () => {
    let nonEmpty = 0;
    let withText = 0;
    for (let k = 0; k < 400; k++) {
      const { query, text } = randomQuery();
      const plan = planSearch(query, inlineBrief(query)?.brief ?? null);
      if (plan.conflicts.length) continue;
      const [scan, sqlPaths] = [await scanSearch(plan), await runSearch(exec, plan)];
      const shown = (r: { id: string; score: unknown; fit: unknown }) => `${r.id} ${Number(r.score)} ${r.fit === null ? "-" : Number(r.fit)}`;
      expect(scan.path, text).toBe("scan");
      expect(scan.rows.map(shown), text).toEqual(sqlPaths.rows.map(shown));
      expect([scan.total, scan.totalCapped], text).toEqual([sqlPaths.total, sqlPaths.totalCapped]);
      // And both score as the domain does (lib/domain/score.ts), from the row's own values and the
      // cost prior the database stored for it (as the profile reads it).
      const priors = new Map((await prisma.creator.findMany({ where: { id: { in: scan.rows.map((r) => r.id) } }, select: { id: true, costPrior: true } })).map((c) => [c.id, c.costPrior]));
      for (const r of scan.rows) {
        const fit = r.fit === null ? null : Number(r.fit);
        const scored = { ...r, priceLow: r.priceLow, priceHigh: r.priceHigh, costPrior: priors.get(r.id) };
        expect(Number(r.score), `${text} ${r.id}`).toBe(creatorScore(scored, fit, plan.weights).score);
      }
      if (scan.rows.length) nonEmpty++;
      if (scan.rows.length && plan.text) withText++;
    }
    // The draw must exercise pages, not only empty answers, with and without text.
    expect(nonEmpty).toBeGreaterThan(130);
    expect(withText).toBeGreaterThan(20);
  }, 300_000);

  it("orders ties by id, and deep pages continue where the page before ended", async () => {
    const all = [];
    for (let page = 1; page <= 4; page++) {
      const q = parseSearchQueryLenient({ sort: "followers", order: "asc", tier: "nano,micro", pageSize: "100", page: String(page) });
      all.push(...(await scanSearch(planSearch(q, null))).rows);
    }
    const ours = all.filter((r) => r.id.startsWith(PREFIX));
    const expected = rows
      .filter((r) => r.tier === "nano" || r.tier === "micro")
      .sort((a, b) => a.followers - b.followers || (a.id < b.id ? -1 : 1))
      .map((r) => r.id);
    // Every creator of the page range is ours or another file's; ours keep their relative order.
    expect(ours.map((r) => r.id)).toEqual(expected.slice(0, ours.length));
    expect(ours.length).toBeGreaterThan(100);
  });
});

describe("the catalog follows the database", () => {
  const q = () => parseSearchQueryLenient({ country: "NZ", minFollowers: "123456788", maxFollowers: "123456790", sort: "followers" });
  const ids = async () => (await scanSearch(planSearch(q(), null))).rows.map((r) => r.id);
  const newcomer = { ...rows[0]!, id: `${PREFIX}new`, handle: `${PREFIX}new`, country: "NZ", followers: 123_456_789 };

  it("sees a creator added, changed and deleted, at the next search", async () => {
    expect(await ids()).toEqual([]);
    await prisma.creator.create({ data: newcomer });
    expect(await ids()).toEqual([newcomer.id]);
    await prisma.creator.update({ where: { id: newcomer.id }, data: { country: "GB" } });
    expect(await ids()).toEqual([]);
    await prisma.creator.update({ where: { id: newcomer.id }, data: { country: "NZ" } });
    expect(await ids()).toEqual([newcomer.id]);
    await prisma.creator.delete({ where: { id: newcomer.id } });
    expect(await ids()).toEqual([]);
  });

  it("sees a write whose transaction was still running when the catalog last read, once it commits", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO "Creator" (id, platform, handle, tier, followers, country, "metricsAsOf", "updatedAt") VALUES ($1, 'instagram', $1, 'mega', 123456789, 'NZ', now(), now())`,
        [`${PREFIX}late`],
      );
      // The catalog reads while the insert's transaction runs: not visible yet.
      expect(await ids()).toEqual([]);
      // A later transaction commits first, and the catalog reads past it.
      await prisma.creator.create({ data: { ...newcomer, id: `${PREFIX}early`, handle: `${PREFIX}early` } });
      expect(await ids()).toEqual([`${PREFIX}early`]);
      await client.query("COMMIT");
      expect((await ids()).sort()).toEqual([`${PREFIX}early`, `${PREFIX}late`]);
    } finally {
      await client.query("ROLLBACK").catch(() => {});
      await client.end();
      await prisma.creator.deleteMany({ where: { id: { in: [`${PREFIX}early`, `${PREFIX}late`] } } });
    }
    expect(await ids()).toEqual([]);
  });
});
