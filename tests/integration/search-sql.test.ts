// The SQL mirrors in lib/queries/search-sql.ts against the TS domain functions, on the same rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { engagementBand } from "@/lib/domain/engagement";
import { plain as plainText, scoreNicheFit, type BrandBrief } from "@/lib/domain/fit";
import { NICHE_IDS, type NicheId } from "@/lib/domain/niches";
import { overallScore, type ScoreWeights } from "@/lib/domain/score";
import { PLATFORMS, TIERS, type Platform, type Tier } from "@/lib/domain/types";
import { engagementBandCondSql, engagementBandSql, fitScoreSql, fitTerm, overallScoreSql } from "@/lib/queries/search-sql";

const PREFIX = "itsql_";
const N = 300;

// Deterministic pseudo-random rows (mulberry32).
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const r = rng(42);
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
  costScore: maybe(r() * 100),
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
    data: rows.map((row) => ({ ...row, handle: row.id, followers: 1000, metricsAsOf: new Date() })),
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

  it("overallScoreSql equals overallScore for every weight set, with and without a brief", async () => {
    for (const w of WEIGHTS) {
      for (const brief of [null, BRIEFS[0]!]) {
        const fitSql = brief ? fitScoreSql(brief) : null;
        const sqlScore = await evaluate(overallScoreSql(w, fitSql));
        for (const row of rows) {
          const ts = overallScore(
            { engagement: row.engagementScore, fit: brief ? scoreNicheFit(row, brief).score : null, authenticity: row.authenticityScore, cost: row.costScore },
            w,
          ).score;
          expect({ id: row.id, w, brief: !!brief, score: Number(sqlScore.get(row.id)) }).toEqual({ id: row.id, w, brief: !!brief, score: ts });
        }
      }
    }
  });

  it("the stored baseScore (kept by a trigger) equals overallScore with the default weights and no brief, also after an update", async () => {
    const expected = (row: Row) =>
      overallScore({ engagement: row.engagementScore, fit: null, authenticity: row.authenticityScore, cost: row.costScore }).score;
    const stored = await evaluate(Prisma.sql`c."baseScore"`);
    expect(rows.filter((row) => Number(stored.get(row.id)) !== expected(row)).map((row) => row.id)).toEqual([]);
    const row = rows.find((x) => x.engagementScore !== null && x.engagementScore < 50)!;
    await prisma.creator.update({ where: { id: row.id }, data: { engagementScore: 99 } });
    const after = await evaluate(Prisma.sql`c."baseScore"`);
    expect(Number(after.get(row.id))).toBe(expected({ ...row, engagementScore: 99 }));
    expect(Number(after.get(row.id))).not.toBe(expected(row));
    await prisma.creator.update({ where: { id: row.id }, data: { engagementScore: row.engagementScore } });
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

  it("engagementBandSql equals engagementBand on every row", async () => {
    const band = await evaluate(engagementBandSql());
    for (const row of rows) {
      const ts = row.engagementRate === null ? null : engagementBand(row.engagementRate, row.platform, row.tier);
      expect({ id: row.id, band: band.get(row.id) }).toEqual({ id: row.id, band: ts });
    }
    expect(new Set([...band.values()]).size).toBeGreaterThanOrEqual(4);
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
