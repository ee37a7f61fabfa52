// A brief's keywords in the catalog (lib/search/scan/keywords.ts): a keyword's creators kept across
// writes (updateKeywordSlots, and the bounded cache KeywordSlots) equal a fresh pass over every bio
// (keywordSlots), on random catalogs whose bios change, appear and disappear between reads.
import { describe, expect, it } from "vitest";
import { Catalog, type CatalogRow } from "@/lib/search/scan/catalog";
import { foldAccents, keywordSlots, KeywordSlots, updateKeywordSlots } from "@/lib/search/scan/keywords";
import { createRng } from "../../../prisma/seed/random";

const PIECES = ["café", "cafe", "crème brûlée", "creme brulee", "vegan", "végan", "#vegan", "vegan2", "honest", "reviews", "tips", "øl", "ol", "naïve", "naive", "-", ", ", "  ", "日本"];
const KEYWORDS = ["cafe", "creme brulee", "vegan", "#vegan", "honest reviews", "tips", "ol", "naive", "vegan2"];

function randomRow(rng: ReturnType<typeof createRng>, id: string): CatalogRow {
  const bio = rng.chance(0.1) ? null : Array.from({ length: rng.int(1, 6) }, () => rng.pick(PIECES)).join(rng.pick([" ", "", "/"]));
  return {
    id, handle: id, displayName: null, bio, platform: "instagram", tier: "micro", country: null, language: null, niches: [], followers: 20_000, engagementRate: null,
    engagementRankable: true, expectedEngagements: null, engagementScore: null, authenticityScore: null, costScore: null, costPrior: null, priceLow: null,
    costPerEngagement: null, followerGrowth30d: null, hasEmail: false, metricsAsOf: 0, baseScore: null, baseConfidence: null,
  };
}

const sorted = (a: Int32Array) => [...a].sort((x, y) => x - y);

describe("a keyword's creators across writes", () => {
  it("equal a fresh pass after each round of changed, added and emptied bios", () => {
    for (const seed of [1, 2, 3]) {
      const rng = createRng(seed);
      const cat = new Catalog(16);
      for (let i = 0; i < 400; i++) cat.upsert(randomRow(rng, `c${i}`));
      const held = new Map(KEYWORDS.map((k) => [k, keywordSlots(cat, k)]));
      for (let round = 0; round < 5; round++) {
        const written: number[] = [];
        for (let n = rng.int(1, 60); n > 0; n--) written.push(cat.upsert(randomRow(rng, `c${rng.int(0, 460)}`)));
        for (const k of KEYWORDS) {
          held.set(k, updateKeywordSlots(cat, k, held.get(k)!, written));
          expect(sorted(held.get(k)!), `seed ${seed}, round ${round}, "${k}"`).toEqual(sorted(keywordSlots(cat, k)));
        }
      }
      // The rounds found something (equal empty lists would prove nothing).
      expect([...held.values()].reduce((n, s) => n + s.length, 0)).toBeGreaterThan(50);
    }
  });

  it("kept between searches, catch up when next asked for, whatever was written in between and however few are kept", () => {
    const rng = createRng(5);
    const cat = new Catalog(16);
    for (let i = 0; i < 400; i++) cat.upsert(randomRow(rng, `c${i}`));
    // Room for three keywords of nine: the others are dropped and found again; a long log starts over.
    const kept = new KeywordSlots(3);
    for (let round = 0; round < 12; round++) {
      for (const k of [rng.pick(KEYWORDS), rng.pick(KEYWORDS), rng.pick(KEYWORDS)]) expect(sorted(kept.of(cat, k)), `round ${round}, "${k}"`).toEqual(sorted(keywordSlots(cat, k)));
      const written: number[] = [];
      for (let n = round === 6 ? 11_000 : rng.int(1, 80); n > 0; n--) written.push(cat.upsert(randomRow(rng, `c${rng.int(0, 460)}`)));
      kept.wrote(written, cat.size);
    }
  });

  it("folds the table's accents and leaves others", () => {
    expect(foldAccents("crème brûlée à zürich")).toBe("creme brulee a zurich");
    expect(foldAccents("øl")).toBe("øl");
  });
});
