// runSearch's fast paths return the same pages as sorting every match by the domain functions:
// the fit candidate sets (with the fit-threshold narrowing), the exact score re-rank (<= EXACT_RANK_LIMIT
// matches) and the text relevance order (exact handle, then handle prefix, then the rest by score).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { scoreNicheFit, type BrandBrief } from "@/lib/domain/fit";
import { NICHE_IDS, type NicheId } from "@/lib/domain/niches";
import { creatorScore, type ScoreWeights } from "@/lib/domain/score";
import { PLATFORMS, type Platform } from "@/lib/domain/types";
import { Prisma } from "@/lib/db/generated/client";
import { COUNT_CAP, planSearch, runSearch, searchWhere, suggestRelaxations, TEXT_COUNT_CAP, type Exec } from "@/lib/queries/search";
import { parseSearchQueryLenient } from "@/lib/validation/search";

const PREFIX = "itstrat";
const N = 600;
let seed = 7;
const r = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
const BIOS = ["Daily skincare routine", "skincare lover", "my morning routine", "Gaming and FPS", "", "Crème skíncare ROUTINE", "routine, morning: skincare", "Morning-routine & SKINCARE"];

type Row = {
  id: string; handle: string; platform: Platform; niches: NicheId[]; bio: string; country: string | null; language: string | null;
  engagementScore: number | null; authenticityScore: number | null; costScore: number | null;
};
const rows: Row[] = Array.from({ length: N }, (_, i) => ({
  id: `${PREFIX}${String(i).padStart(5, "0")}`,
  handle: `${PREFIX}h${String(i).padStart(5, "0")}`,
  platform: pick(PLATFORMS),
  niches: [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(NICHE_IDS)))],
  bio: pick(BIOS),
  country: pick(["US", "GB", "DE", null]),
  language: pick(["en", "de", null]),
  engagementScore: r() < 0.9 ? r() * 100 : null,
  authenticityScore: r() < 0.85 ? Math.round(r() * 100) : null,
  costScore: r() < 0.8 ? r() * 100 : null,
}));
// Handles for the relevance test: an exact match with the worst score, prefixes, and names.
rows.push(
  { ...rows[0]!, id: `${PREFIX}x1`, handle: `${PREFIX}anna`, engagementScore: 0, authenticityScore: 0, costScore: 0 },
  { ...rows[0]!, id: `${PREFIX}x2`, handle: `${PREFIX}annabel`, engagementScore: 10, authenticityScore: 10, costScore: 10 },
  { ...rows[0]!, id: `${PREFIX}x3`, handle: `${PREFIX}annastyle`, engagementScore: 90, authenticityScore: 90, costScore: 90 },
  { ...rows[0]!, id: `${PREFIX}x4`, handle: `zz${PREFIX}anna`, engagementScore: 100, authenticityScore: 100, costScore: 100 },
);

const BRIEF: BrandBrief = {
  niches: [{ id: "beauty", weight: 3 }, { id: "health", weight: 1 }],
  keywords: ["skincare", "routine"], countries: ["US", "GB"], languages: ["en"], platforms: ["instagram", "tiktok"],
};

const exec: Exec = (s) => prisma.$queryRaw(s);

/** Every creator scored by the domain and sorted: fit (when asked), score, then confidence (more data first), then id. */
function reference(brief: BrandBrief | null, weights: ScoreWeights, by: "fit" | "score") {
  return rows
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row.handle.startsWith(PREFIX))
    .map(({ row, i }) => {
      const fit = brief ? scoreNicheFit(row, brief).score : null;
      const { score, confidence } = creatorScore({ ...row, ...columns[i]!, tier: "micro", priceLow: null, priceHigh: null }, fit, weights);
      return { id: row.id, fit: fit ?? 0, score, confidence };
    })
    .sort((a, b) => (by === "fit" ? b.fit - a.fit : 0) || b.score - a.score || b.confidence - a.confidence || (a.id < b.id ? -1 : 1));
}

// The stored sort columns, some missing and some repeated (ties fall to the id).
const columns = rows.map((_, i) => ({
  followers: 10_000 + ((i * 7919) % 40_000),
  engagementRate: i % 9 === 0 ? null : ((i * 31) % 500) / 10_000,
  engagementRankable: i % 13 !== 0,
  expectedEngagements: i % 11 === 0 ? null : (i * 17) % 300,
  costPerEngagement: i % 7 === 0 ? null : ((i * 13) % 90) / 100,
  followerGrowth30d: i % 5 === 0 ? null : (((i * 29) % 41) - 20) / 100,
}));

beforeAll(async () => {
  await prisma.creator.deleteMany({ where: { id: { startsWith: PREFIX } } });
  await prisma.creator.createMany({ data: rows.map((row, i) => ({ ...row, ...columns[i], tier: "micro" as const, metricsAsOf: new Date() })) });
  // Column statistics, as autovacuum would gather them: score-bound splits its high-base set by them.
  await prisma.$executeRawUnsafe(`ANALYZE "Creator"`);
});
afterAll(async () => {
  await prisma.creator.deleteMany({ where: { id: { startsWith: PREFIX } } });
});

describe("runSearch strategies against a full sort", () => {
  it("the small-set path (few matches read whole) returns the same pages and totals as the index walks, for every sort", async () => {
    for (const sort of ["score", "er", "engagements", "followers", "cpe", "growth", "relevance"]) {
      for (const order of ["desc", "asc"]) {
        for (const page of ["1", "3"]) {
          const q = parseSearchQueryLenient({ q: PREFIX + "h", tier: "micro,mid", sort, order, page, pageSize: "10" });
          const small = await runSearch(exec, planSearch(q, null));
          const walk = await runSearch(exec, planSearch(q, null), { smallSet: 0 });
          expect(small.path).toBe("small-set");
          expect(walk.path).not.toBe("small-set");
          expect(small.rows.map((r) => r.id)).toEqual(walk.rows.map((r) => r.id));
          expect(small.total).toBe(walk.total);
        }
      }
    }
  }, 120_000);

  // The second brief has no niches, so its fit threshold leans on keywords: page 1 needs two of the
  // three (one a phrase), which the threshold asks of the "fitTerms" GIN index as keyword subsets.
  const KEYWORD_BRIEF: BrandBrief = { niches: [], keywords: ["skincare", "routine", "Morning routine"], countries: ["US"], languages: [], platforms: [] };
  it.each([
    ["niches, keywords, country, language, platform", BRIEF],
    ["keywords with a phrase, country", KEYWORD_BRIEF],
  ] as const)("a brief (%s) sorted by fit (candidate sets + fit threshold) returns the same pages as sorting every match", async (_name, brief) => {
    const weights = { engagement: 0.35, fit: 0.3, authenticity: 0.2, cost: 0.15 };
    const expected = reference(brief, weights, "fit");
    expect(new Set(expected.slice(0, 60).map((e) => e.fit)).size).toBeGreaterThan(1);
    for (const page of [1, 2, 5, 12]) {
      const q = parseSearchQueryLenient({ q: PREFIX + "h", sort: "fit", page: String(page), pageSize: "20" });
      const { rows: got } = await runSearch(exec, planSearch(q, brief, weights));
      expect(got.map((g) => [g.id, Number(g.fit)])).toEqual(expected.slice((page - 1) * 20, page * 20).map((e) => [e.id, e.fit]));
    }
  });

  it("a brief or custom weights sorted by score is exact when at most 5,000 creators match", async () => {
    const custom = { engagement: 50, fit: 0, authenticity: 50, cost: 0 };
    for (const [brief, weights] of [[BRIEF, { engagement: 0.35, fit: 0.3, authenticity: 0.2, cost: 0.15 }], [null, custom]] as const) {
      const expected = reference(brief, weights, "score");
      const q = parseSearchQueryLenient({ q: PREFIX + "h", sort: "score", page: "3", pageSize: "25" });
      const { rows: got, total } = await runSearch(exec, planSearch(q, brief, weights));
      expect(total).toBe(expected.length);
      expect(got.map((g) => [g.id, Number(g.score)])).toEqual(expected.slice(50, 75).map((e) => [e.id, e.score]));
    }
  });

  // Strategy "score-bound": a probe of the top creators by stored base score bounds the page's last
  // score; only creators that can reach it are scored. N = 600 matches, so the probe (100-300 rows)
  // never holds them all; over a third of the creators miss a component (counted at its prior).
  it.each([
    ["the full brief, default weights", BRIEF, { engagement: 0.35, fit: 0.3, authenticity: 0.2, cost: 0.15 }],
    ["a niche-only brief (fit 100 for many), fit weighing most", { niches: [{ id: "beauty", weight: 1 }], keywords: [], countries: [], languages: [], platforms: [] } as BrandBrief, { engagement: 7, fit: 20, authenticity: 4, cost: 3 }],
    ["a keyword brief, fit weighing little", { niches: [], keywords: ["skincare", "routine"], countries: ["US"], languages: [], platforms: [] } as BrandBrief, { engagement: 35, fit: 5, authenticity: 20, cost: 15 }],
  ] as const)("a brief sorted by score (%s) returns the same pages as sorting every match, reading only what can reach them", async (_name, brief, weights) => {
    const expected = reference(brief, weights, "score");
    // Equal scores occur and are ordered by confidence: the order the page must keep.
    expect(expected.some((e, i) => i > 0 && e.score === expected[i - 1]!.score && e.confidence !== expected[i - 1]!.confidence)).toBe(true);
    const sent: string[] = [];
    const recording: Exec = (s) => (sent.push(s.text), exec(s));
    for (const page of [1, 2, 6]) {
      const q = parseSearchQueryLenient({ q: PREFIX + "h", sort: "score", page: String(page), pageSize: "25" });
      const { rows: got, path } = await runSearch(recording, planSearch(q, brief, weights));
      expect(path).toBe("score-bound");
      expect(got.map((g) => [g.id, Number(g.score)])).toEqual(expected.slice((page - 1) * 25, page * 25).map((e) => [e.id, e.score]));
    }
    // The high-base set was read as two base-score ranges (two candidate statements) at least once.
    expect(sent.filter((t) => t.trimStart().startsWith("WITH cand")).length).toBeGreaterThan(3);
    // When the estimates say too many creators could reach the page, the matches are counted and,
    // being few, all ranked: still exact.
    const second = parseSearchQueryLenient({ q: PREFIX + "h", sort: "score", page: "2", pageSize: "25" });
    const loose = await runSearch(exec, planSearch(second, brief, weights), { candidateTarget: 0 });
    expect(loose.path).toBe("direct");
    expect(loose.rows.map((g) => g.id)).toEqual(expected.slice(25, 50).map((e) => e.id));
    // However many fit bands split the candidates (chosen by estimates in the app: one here).
    for (const fitBands of [2, 4, 8]) {
      const q = parseSearchQueryLenient({ q: PREFIX + "h", sort: "score", page: "2", pageSize: "25" });
      const { rows: got, path } = await runSearch(exec, planSearch(q, brief, weights), { fitBands });
      expect(path).toBe("score-bound");
      expect(got.map((g) => g.id)).toEqual(expected.slice(25, 50).map((e) => e.id));
    }
    // Narrow filters: fewer matches than the probe reads, so the probe holds every one.
    const narrow = reference(brief, weights, "score").filter((e) => rows.find((row) => row.id === e.id)!.country === "GB");
    const q = parseSearchQueryLenient({ q: PREFIX + "h", country: "GB", sort: "score", pageSize: "25" });
    expect(narrow.length).toBeLessThan(300);
    const { rows: got, path } = await runSearch(exec, planSearch(q, brief, weights));
    expect(path).toBe("score-bound");
    expect(got.map((g) => g.id)).toEqual(narrow.slice(0, 25).map((e) => e.id));
  });

  it.each([
    ["er", (c: (typeof columns)[number]) => [c.engagementRankable ? 0 : 1, c.engagementRate] as const],
    ["engagements", (c: (typeof columns)[number]) => [0, c.expectedEngagements] as const],
    ["followers", (c: (typeof columns)[number]) => [0, c.followers] as const],
    ["cpe", (c: (typeof columns)[number]) => [0, c.costPerEngagement] as const],
    ["growth", (c: (typeof columns)[number]) => [0, c.followerGrowth30d] as const],
  ] as const)("sorted by %s, both ways, pages match sorting every match (missing values last, ties by id)", async (sort, key) => {
    // The matches of the text (typo-close handles included), from the one where-builder.
    const text = parseSearchQueryLenient({ q: PREFIX + "h" });
    const matching = new Set((await prisma.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT c."id" FROM "Creator" c ${searchWhere(text)}`)).map((r) => r.id));
    expect(matching.size).toBeGreaterThanOrEqual(N);
    for (const order of ["desc", "asc"] as const) {
      const expected = rows
        .map((row, i) => ({ id: row.id, k: key(columns[i]!) }))
        .filter((e) => matching.has(e.id))
        .sort((a, b) => {
          if (a.k[0] !== b.k[0]) return a.k[0] - b.k[0];
          const [x, y] = [a.k[1], b.k[1]];
          if (x === null || y === null) return x === y ? (a.id < b.id ? -1 : 1) : x === null ? 1 : -1;
          return (order === "desc" ? y - x : x - y) || (a.id < b.id ? -1 : 1);
        });
      for (const page of [1, 3]) {
        const q = parseSearchQueryLenient({ q: PREFIX + "h", sort, order, page: String(page), pageSize: "20" });
        const { rows: got } = await runSearch(exec, planSearch(q, null, { engagement: 0.35, fit: 0.3, authenticity: 0.2, cost: 0.15 }));
        expect(got.map((g) => g.id)).toEqual(expected.slice((page - 1) * 20, page * 20).map((e) => e.id));
      }
    }
  });

  it("with text and no sort, an exact handle comes first, then handle prefixes, then the rest by score", async () => {
    for (const text of [`${PREFIX}anna`, `@${PREFIX.toUpperCase()}ANNA`]) {
      const q = parseSearchQueryLenient({ q: text });
      expect(q.sort).toBe("relevance");
      const { rows: got } = await runSearch(exec, planSearch(q, null, { engagement: 0.35, fit: 0.3, authenticity: 0.2, cost: 0.15 }));
      expect(got.map((g) => g.id)).toEqual([`${PREFIX}x1`, `${PREFIX}x3`, `${PREFIX}x2`, `${PREFIX}x4`]);
    }
    // An explicit sort is kept: by score, the exact handle (score 0) is last.
    const q = parseSearchQueryLenient({ q: `${PREFIX}anna`, sort: "score" });
    const { rows: got } = await runSearch(exec, planSearch(q, null, { engagement: 0.35, fit: 0.3, authenticity: 0.2, cost: 0.15 }));
    expect(got.map((g) => g.id).at(-1)).toBe(`${PREFIX}x1`);
  });
});

describe("empty results", () => {
  it("suggest the filters whose removal brings creators back, with how many (free text included)", async () => {
    const q = parseSearchQueryLenient({ q: PREFIX + "h", country: "NZ", language: "de" });
    const suggestions = await suggestRelaxations(q);
    const inCountry = rows.filter((row) => row.country === "NZ").length;
    expect(inCountry).toBe(0);
    const german = rows.filter((row) => row.handle.includes(PREFIX + "h") && row.language === "de").length;
    expect(german).toBeGreaterThan(0);
    expect(suggestions.find((x) => x.key === "country")?.total).toBeGreaterThanOrEqual(german);
    expect(suggestions.map((x) => x.key)).not.toContain("language");
  });
});

describe("capped totals", () => {
  const CAP = "itcapx";
  // TEXT_COUNT_CAP + 101 creators whose handle holds CAP, with distinct scores.
  const many = Array.from({ length: TEXT_COUNT_CAP + 101 }, (_, i) => ({
    id: `${CAP}${String(i).padStart(5, "0")}`,
    handle: `${CAP}${String(i).padStart(5, "0")}`,
    platform: "instagram" as const,
    tier: "micro" as const,
    followers: 5000,
    engagementScore: (i * 37) % 100,
    authenticityScore: (i * 53) % 101,
    costScore: (i * 11) % 100,
    metricsAsOf: new Date(),
  }));
  beforeAll(async () => {
    await prisma.creator.deleteMany({ where: { id: { startsWith: CAP } } });
    await prisma.creator.createMany({ data: many });
  });
  afterAll(async () => {
    await prisma.creator.deleteMany({ where: { id: { startsWith: CAP } } });
  });

  it("free text counts up to TEXT_COUNT_CAP (shown as 1,000+); filters alone count up to COUNT_CAP", async () => {
    const weights = { engagement: 0.35, fit: 0.3, authenticity: 0.2, cost: 0.15 };
    const text = await runSearch(exec, planSearch(parseSearchQueryLenient({ q: CAP }), null, weights));
    expect(text).toMatchObject({ total: TEXT_COUNT_CAP, totalCapped: true, countCap: TEXT_COUNT_CAP });
    // Under the cap the count is exact: the N handles of the first describe (and typo-close ones).
    const under = await runSearch(exec, planSearch(parseSearchQueryLenient({ q: `${PREFIX}h` }), null, weights));
    const [{ n }] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Creator" WHERE handle ILIKE ${`%${PREFIX}h%`} OR ${`${PREFIX}h`} <% handle`;
    expect(n).toBeGreaterThanOrEqual(N);
    expect(under).toMatchObject({ total: n, totalCapped: false, countCap: TEXT_COUNT_CAP });
    const filters = await runSearch(exec, planSearch(parseSearchQueryLenient({ tier: "micro" }), null, weights));
    expect(filters.countCap).toBe(COUNT_CAP);
    expect(filters.totalCapped).toBe(filters.total === COUNT_CAP);
  });

  it("a free-text brief search by score (score-bound, which may skip the count) still reports the capped total", async () => {
    const weights = { engagement: 0.35, fit: 0.3, authenticity: 0.2, cost: 0.15 };
    const q = parseSearchQueryLenient({ q: CAP, sort: "score" });
    const r = await runSearch(exec, planSearch(q, BRIEF, weights));
    expect(r.path).toBe("score-bound");
    expect(r).toMatchObject({ total: TEXT_COUNT_CAP, totalCapped: true, countCap: TEXT_COUNT_CAP });
    expect(r.rows).toHaveLength(25);
  });

  it("past the text cap, custom weights still sort every match exactly (at most 5,000 match)", async () => {
    const weights = { engagement: 50, fit: 0, authenticity: 50, cost: 0 };
    const expected = many
      .map((m) => ({ id: m.id, score: creatorScore({ ...m, priceLow: null, priceHigh: null }, null, weights).score }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    const q = parseSearchQueryLenient({ q: CAP, sort: "score", page: "2", pageSize: "50" });
    const { rows: got, totalCapped } = await runSearch(exec, planSearch(q, null, weights));
    expect(totalCapped).toBe(true);
    expect(got.map((g) => [g.id, Number(g.score)])).toEqual(expected.slice(50, 100).map((e) => [e.id, e.score]));
  });
});
