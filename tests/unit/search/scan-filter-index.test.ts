// The categorical bitsets (lib/search/scan/filter-index.ts) answer exactly what testing every slot
// against every filter answers (the tests that tests/integration/search-scan.test.ts holds to
// PostgreSQL's), on random catalogs and random searches, and keep doing so while creators are
// written after the bitsets were built: changed, added, given a country no one had, written twice,
// and past the point where the bitsets are built again.
import { describe, expect, it } from "vitest";
import { NICHE_IDS } from "@/lib/domain/niches";
import { PLATFORMS, TIERS } from "@/lib/domain/types";
import { Catalog, type CatalogRow } from "@/lib/search/scan/catalog";
import { slotTests } from "@/lib/search/scan/match";
import { matchSlots } from "@/lib/search/scan/run";
import { parseSearchQueryStrict, type SearchQuery } from "@/lib/validation/search";
import { createRng, type Rng } from "../../../prisma/seed/random";
import { randomSearch } from "../../bench/random-searches";

const NOW = Date.UTC(2026, 11, 6);
const COUNTRIES = ["US", "GB", "DE", "BR", "TR", null];
const LANGUAGES = ["en", "de", "pt", "tr", null];

function row(rng: Rng, id: string, countries = COUNTRIES): CatalogRow {
  const maybe = <T,>(v: () => T): T | null => (rng.chance(0.15) ? null : v());
  return {
    id, handle: id, displayName: null, bio: null, platform: rng.pick(PLATFORMS), tier: rng.pick(TIERS), country: rng.pick(countries), language: rng.pick(LANGUAGES),
    niches: [...new Set(Array.from({ length: rng.int(0, 3) }, () => rng.pick(NICHE_IDS)))],
    followers: Math.round(Math.exp(Math.log(500) + rng.next() * Math.log(100_000))), engagementRate: maybe(() => rng.int(0, 300) / 1_000), engagementRankable: rng.chance(0.9),
    expectedEngagements: maybe(() => rng.int(0, 50_000)), engagementScore: maybe(() => rng.int(0, 100)), authenticityScore: maybe(() => rng.int(0, 100)), costScore: maybe(() => rng.int(0, 100)),
    costPrior: null, priceLow: maybe(() => rng.pick([40, 99.5, 300, 1200, 8000])), costPerEngagement: maybe(() => rng.int(1, 60) / 100),
    followerGrowth30d: maybe(() => (rng.int(0, 40) - 10) / 100), hasEmail: rng.chance(0.4), metricsAsOf: NOW - rng.int(0, 400) * 86_400_000, baseScore: null, baseConfidence: null,
  };
}

/** A random valid search's filters (free text left out: the trigram indexes have tests of their own). */
function randomFilters(rng: Rng): Partial<SearchQuery> {
  const params = new URLSearchParams(randomSearch(rng));
  params.delete("q");
  params.delete("brief");
  const parsed = parseSearchQueryStrict(params);
  if (!parsed.success) throw new Error(`invalid query ${params}`);
  return parsed.data;
}

/** Every slot tested against every filter: the answer without bitsets. */
function everySlot(cat: Catalog, q: Partial<SearchQuery>): number[] {
  const tests = slotTests(cat, q, NOW);
  const out: number[] = [];
  for (let i = 0; i < cat.size; i++) if (tests.every((t) => t(i))) out.push(i);
  return out;
}

function answer(cat: Catalog, q: Partial<SearchQuery>): number[] {
  const slot = new Int32Array(cat.size);
  const { m } = matchSlots(cat, q, "", slot, NOW);
  return Array.from(slot.subarray(0, m)).sort((a, b) => a - b);
}

describe("categorical bitsets", () => {
  it("answer as every slot tested would, for random catalogs and searches", () => {
    for (const seed of [3, 17, 2026]) {
      const rng = createRng(seed);
      const cat = new Catalog(16);
      // Not a multiple of 32: the last word of each bitset is partly outside the catalog.
      for (let i = 0; i < 3_001; i++) cat.upsert(row(rng, `c${i}`));
      let filtered = 0;
      for (let k = 0; k < 150; k++) {
        const q = randomFilters(rng);
        const want = everySlot(cat, q);
        expect(answer(cat, q), JSON.stringify(q)).toEqual(want);
        if (want.length < cat.size) filtered++;
      }
      expect(filtered).toBeGreaterThan(100);
    }
  });

  it("stay exact while creators are written after they were built, and after they are built again", () => {
    const rng = createRng(99);
    const cat = new Catalog(16);
    for (let i = 0; i < 2_000; i++) cat.upsert(row(rng, `c${i}`));
    // Builds the bitsets.
    expect(answer(cat, { platform: ["instagram"] })).toEqual(everySlot(cat, { platform: ["instagram"] }));
    let added = 2_000;
    for (let round = 0; round < 40; round++) {
      // Changes (some slots twice), newcomers, and a country no creator held when the bitsets were built.
      for (let w = 0; w < 400; w++) {
        const roll = rng.next();
        if (roll < 0.7) cat.upsert(row(rng, `c${rng.int(0, added - 1)}`));
        else cat.upsert(row(rng, `c${added++}`, roll < 0.85 ? ["NZ", "US", null] : COUNTRIES));
      }
      for (let k = 0; k < 10; k++) {
        const q = randomFilters(rng);
        expect(answer(cat, q), JSON.stringify(q)).toEqual(everySlot(cat, q));
      }
      expect(answer(cat, { country: ["NZ"] })).toEqual(everySlot(cat, { country: ["NZ"] }));
      expect(answer(cat, { hasEmail: false, tier: ["micro", "macro"] })).toEqual(everySlot(cat, { hasEmail: false, tier: ["micro", "macro"] }));
    }
    // 16,000 writes: past a tenth of the catalog and 10,000, so the bitsets were built again on the way.
    expect(cat.filterWritten.list.length).toBeLessThan(10_000);
  });
});
