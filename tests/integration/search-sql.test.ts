// The SQL mirrors in lib/queries/search/fit-sql.ts against the TS domain functions, on the same rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { costEfficiencyScore, costPriorScore } from "@/lib/domain/cost";
import { engagementBand, engagementQualityScore } from "@/lib/domain/engagement";
import { plain as plainText, scoreNicheFit, type BrandBrief } from "@/lib/domain/fit";
import { NICHE_IDS, type NicheId } from "@/lib/domain/niches";
import { creatorScore, type ScoreWeights } from "@/lib/domain/score";
import { PLATFORMS, TIERS, type Platform, type Tier } from "@/lib/domain/types";
import { overallScoreSql, scoreConfidenceSql } from "@/lib/queries/search/score-sql";
import { engagementBandCondSql, fitScoreSql, fitTerm } from "@/lib/queries/search/fit-sql";
import { createRng } from "@/prisma/seed/random";

const PREFIX = "itsql_";
const N = 300;

// Deterministic pseudo-random rows (the seed's mulberry32).
const r = createRng(42).next;
const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
const maybe = <T,>(x: T, p = 0.8) => (r() < p ? x : null);
const BIOS = [
  "Daily skincare routine & glow tips",
  "Skin-care ROUTINE, every morning",
  "Crème brûlée and café culture in Paris",
  "Gaming headset reviews, FPS all day",
  "Vegan recipes; fitness; routine-free living",
  "",
  "Müller's Über-fitness routine",
  "skincare",
  "ÉLODIE's skíncare — routine@home, #skincare",
];

type Row = {
  id: string; platform: Platform; tier: Tier; niches: NicheId[]; bio: string | null; country: string | null; language: string | null;
  engagementRate: number | null; engagementScore: number | null; authenticityScore: number | null; costScore: number | null;
  followers: number; priceLow: number | null; priceHigh: number | null;
};
const rows: Row[] = Array.from({ length: N }, (_, i) => ({
  id: `${PREFIX}${i}`,
  platform: pick(PLATFORMS),
  tier: pick(TIERS),
  niches: [...new Set(Array.from({ length: Math.floor(r() * 3) }, () => pick(NICHE_IDS)))],
  bio: maybe(pick(BIOS)),
  // Stored countries are ISO-2 upper case (countryCode() in lib/import/text.ts): the SQL relies on it.
  country: maybe(pick(["US", "GB", "DE", "FR", "NZ"])),
  language: maybe(pick(["en", "de", "fr", "EN"])),
  engagementRate: maybe(r() < 0.1 ? 0 : r() * 0.08),
  engagementScore: maybe(r() * 100),
  authenticityScore: maybe(Math.round(r() * 100)),
  costScore: maybe(r() * 100, 0.7),
  // The cost prior reads followers and price: from none to mega, prices with cents or none at all.
  followers: r() < 0.05 ? 0 : Math.round(Math.exp(r() * 19)),
  ...(r() < 0.2 ? { priceLow: null, priceHigh: null } : (() => {
    const low = Math.round(r() * 2_000_000) / 100;
    return { priceLow: low, priceHigh: r() < 0.5 ? low : Math.round((low + r() * 5_000) * 100) / 100 };
  })()),
}));

const BRIEFS: BrandBrief[] = [
  { niches: [{ id: "beauty", weight: 3 }, { id: "health", weight: 1 }], keywords: ["skincare", "routine"], countries: ["US", "GB"], languages: ["en"], platforms: ["instagram", "tiktok"] },
  { niches: [{ id: "gaming", weight: 2 }, { id: "tech", weight: 1 }], keywords: ["headset", "FPS", "creme brulee"], countries: ["DE"], languages: ["de"], platforms: ["twitch"] },
  { niches: [{ id: "fitness", weight: 1 }], keywords: [], countries: [], languages: [], platforms: [] },
  { niches: [], keywords: ["cafe", "uber fitness", "skin care"], countries: ["FR"], languages: [], platforms: ["youtube"] },
  { niches: [{ id: "other", weight: 1 }, { id: "beauty", weight: 0 }], keywords: ["  "], countries: [], languages: ["en"], platforms: [] },
];
const WEIGHTS: Partial<ScoreWeights>[] = [
  { engagement: 0.35, fit: 0.3, authenticity: 0.2, cost: 0.15 },
  { engagement: 50, fit: 0, authenticity: 50, cost: 0 },
  { engagement: 0, fit: 0, authenticity: 0, cost: 0 },
  { engagement: 1, fit: 1, authenticity: 1, cost: 1 },
];

beforeAll(async () => {
  await prisma.creator.deleteMany({ where: { id: { startsWith: PREFIX } } });
  await prisma.creator.createMany({
    data: rows.map((row) => ({ ...row, handle: row.id, metricsAsOf: new Date() })),
  });
});
afterAll(async () => {
  await prisma.creator.deleteMany({ where: { id: { startsWith: PREFIX } } });
});

async function evaluate(expr: Prisma.Sql): Promise<Map<string, unknown>> {
  const out = await prisma.$queryRaw<{ id: string; v: unknown }[]>(
    Prisma.sql`SELECT c."id", ${expr} AS v FROM "Creator" c WHERE c."id" LIKE ${PREFIX + "%"}`,
  );
  return new Map(out.map((o) => [o.id, o.v]));
}

describe("SQL mirrors of the scoring core", () => {
  it.each(BRIEFS.map((b, i) => [i, b] as const))("fitScoreSql equals scoreNicheFit for brief %i on every row", async (_i, brief) => {
    const sqlFit = await evaluate(fitScoreSql(brief));
    const mismatches = rows.filter((row) => Number(sqlFit.get(row.id)) !== scoreNicheFit(row, brief).score);
    expect(mismatches.map((m) => ({ row: m, sql: sqlFit.get(m.id), ts: scoreNicheFit(m, brief) }))).toEqual([]);
    // The fixture exercises partial scores, not only 0 and 100.
    expect(new Set(rows.map((row) => scoreNicheFit(row, brief).score)).size).toBeGreaterThan(2);
  });

  it("overallScoreSql and scoreConfidenceSql equal creatorScore's score and confidence for every weight set, with and without a brief, missing parts at their priors", async () => {
    for (const w of WEIGHTS) {
      for (const brief of [null, BRIEFS[0]!]) {
        const fitSql = brief ? fitScoreSql(brief) : null;
        const [sqlScore, sqlConfidence] = await Promise.all([evaluate(overallScoreSql(w, fitSql)), evaluate(scoreConfidenceSql(w, !!brief))]);
        for (const row of rows) {
          const ts = creatorScore(row, brief ? scoreNicheFit(row, brief).score : null, w);
          const got = { id: row.id, w, brief: !!brief, score: Number(sqlScore.get(row.id)), confidence: Number(sqlConfidence.get(row.id)) };
          expect(got).toEqual({ id: row.id, w, brief: !!brief, score: ts.score, confidence: ts.confidence });
        }
      }
    }
    // The fixture holds creators missing each component, and some missing all of them.
    const missing = rows.map((row) => creatorScore(row, null).missing);
    for (const k of ["engagement", "authenticity", "cost"] as const) expect(missing.filter((m) => m.includes(k)).length).toBeGreaterThan(10);
    expect(missing.filter((m) => m.length === 3).length).toBeGreaterThan(0);
  });

  it("the stored baseScore and baseConfidence (kept by a trigger) equal creatorScore with the default weights and no brief, also after an update", async () => {
    const expected = (row: Row) => {
      const s = creatorScore(row, null);
      return { score: s.score, confidence: s.confidence };
    };
    const storedOf = async () => {
      const [score, confidence] = await Promise.all([evaluate(Prisma.sql`c."baseScore"`), evaluate(Prisma.sql`c."baseConfidence"`)]);
      return (id: string) => ({ score: Number(score.get(id)), confidence: Number(confidence.get(id)) });
    };
    const stored = await storedOf();
    expect(rows.filter((row) => JSON.stringify(stored(row.id)) !== JSON.stringify(expected(row))).map((row) => [row, stored(row.id), expected(row)])).toEqual([]);
    // A change to a component, or to what the cost prior reads (followers, price), rescores the row.
    const row = rows.find((x) => x.engagementScore !== null && x.engagementScore < 50 && x.costScore === null && x.followers > 0)!;
    const changed = { ...row, engagementScore: 99, followers: row.followers * 3, priceLow: 10, priceHigh: 20 };
    await prisma.creator.update({ where: { id: row.id }, data: { engagementScore: 99, followers: changed.followers, priceLow: 10, priceHigh: 20 } });
    expect((await storedOf())(row.id)).toEqual(expected(changed));
    expect(expected(changed)).not.toEqual(expected(row));
    await prisma.creator.update({ where: { id: row.id }, data: { engagementScore: null } });
    expect((await storedOf())(row.id)).toEqual(expected({ ...changed, engagementScore: null }));
    await prisma.creator.update({ where: { id: row.id }, data: { engagementScore: row.engagementScore, followers: row.followers, priceLow: row.priceLow, priceHigh: row.priceHigh } });
    expect((await storedOf())(row.id)).toEqual(expected(row));
  });

  it("the migration's SQL functions equal engagementQualityScore, costEfficiencyScore and costPriorScore on every row", async () => {
    const [engagement, prior] = await Promise.all([
      evaluate(Prisma.sql`scout_engagement_score(c."engagementRate", c."platform"::text, c."tier"::text)`),
      evaluate(Prisma.sql`scout_cost_prior(c."platform"::text, c."tier"::text, c."followers", c."priceLow", c."priceHigh")`),
    ]);
    // PostgreSQL's LN and V8's Math.log may differ in the last bit, so these unrounded values are
    // compared to 1e-9; the rounded scores built from them are compared exactly above.
    const close = (x: number | null) => (x === null ? null : expect.closeTo(x, 9));
    for (const row of rows) {
      expect({ id: row.id, engagement: engagement.get(row.id) }).toEqual({ id: row.id, engagement: close(engagementQualityScore(row.engagementRate, row.platform, row.tier)) });
      expect({ id: row.id, prior: prior.get(row.id) }).toEqual({ id: row.id, prior: close(costPriorScore(row.platform, row.tier, row.followers, { low: row.priceLow, high: row.priceHigh })) });
    }
    // Rates past the band (the soft ceiling) are in the fixture.
    expect(rows.filter((row) => (engagementQualityScore(row.engagementRate, row.platform, row.tier) ?? 0) > 80).length).toBeGreaterThan(10);
    const cpes = [0, 0.0001, 0.003, 0.05, 0.0999, 0.16, 0.5, 1.2345, 4.99, 5, 80, ...Array.from({ length: 200 }, () => Math.exp(r() * 14 - 10))];
    const got = await prisma.$queryRaw<{ i: number; v: number | null }[]>(
      Prisma.sql`SELECT i::int AS i, scout_cost_score(x) AS v FROM unnest(${cpes}::float8[]) WITH ORDINALITY AS t(x, i)`,
    );
    expect(got.map((g) => g.v)).toEqual(cpes.map((x) => close(costEfficiencyScore(x))));
  });

  it("the stored fitTerms (kept by a trigger) are the words of plain(bio) and the niche, country, language and platform keys, also after a change", async () => {
    const terms = (row: Pick<Row, "bio" | "niches" | "country" | "language" | "platform">) =>
      [...new Set([
        ...plainText(row.bio ?? "").trim().split(" ").filter(Boolean),
        ...row.niches.map(fitTerm.niche),
        ...(row.country ? [fitTerm.country(row.country)] : []),
        ...(row.language ? [fitTerm.language(row.language)] : []),
        fitTerm.platform(row.platform),
      ])].sort();
    const stored = await evaluate(Prisma.sql`c."fitTerms"`);
    const got = (m: Map<string, unknown>, id: string) => [...new Set(m.get(id) as string[])].sort();
    expect(rows.filter((row) => JSON.stringify(got(stored, row.id)) !== JSON.stringify(terms(row))).map((row) => [row, got(stored, row.id)])).toEqual([]);
    const row = rows[0]!;
    const changed = { ...row, bio: "Ça va? CRÈME brûlée — #Vegan @home, 100% ŁÓDŹ!", niches: ["food" as NicheId], country: "FR", language: null };
    await prisma.creator.update({ where: { id: row.id }, data: { bio: changed.bio, niches: changed.niches, country: changed.country, language: null } });
    const after = await evaluate(Prisma.sql`c."fitTerms"`);
    expect(got(after, row.id)).toEqual(terms(changed));
    expect(got(after, row.id)).toEqual(expect.arrayContaining(["ca", "creme", "brulee", "#vegan", "@home", "100", "n:food", "c:FR"]));
    await prisma.creator.update({ where: { id: row.id }, data: { bio: row.bio, niches: row.niches, country: row.country, language: row.language } });
    expect(got(await evaluate(Prisma.sql`c."fitTerms"`), row.id)).toEqual(terms(row));
  });

  it("the band filter (engagementBandCondSql) keeps exactly the rows whose engagementBand is wanted, for every set of bands", async () => {
    const BANDS = ["low", "average", "high", "very_high"] as const;
    for (let mask = 1; mask < 16; mask++) {
      const wanted = BANDS.filter((_, i) => mask & (1 << i));
      const kept = await evaluate(Prisma.sql`(${engagementBandCondSql(wanted)}) IS TRUE`);
      const expected = rows.filter((row) => row.engagementRate !== null && (wanted as readonly string[]).includes(engagementBand(row.engagementRate, row.platform, row.tier)));
      expect([...kept].filter(([, v]) => v === true).map(([id]) => id).sort()).toEqual(expected.map((r) => r.id).sort());
    }
  });
});
