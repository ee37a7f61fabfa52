// The categorical bitsets (lib/search/scan/filter-index.ts) answer exactly what testing every slot
// against every filter answers (the tests that tests/integration/search-scan.test.ts holds to
// PostgreSQL's), on random catalogs and random searches, and keep doing so while creators are
// written after the bitsets were built: changed, added, given a country no one had, written twice,
// and past the point where the bitsets are built again.
import { describe, expect, it } from "vitest";
import { Catalog } from "@/lib/search/scan/catalog";
import { slotTests } from "@/lib/search/scan/match";
import { matchSlots } from "@/lib/search/scan/run";
import type { SearchQuery } from "@/lib/validation/search";
import { createRng } from "../../../prisma/seed/random";
import { COUNTRIES, NOW, randomFilters, row } from "./random-catalog";

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

// Catalogs of 100,000 creators and hundreds of searches: seconds alone, minutes beside two busy cores.
describe("categorical bitsets", { timeout: 240_000 }, () => {
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

  it("hold at most 32 bitsets for a column of thousands of distinct values, and still answer exactly", () => {
    const rng = createRng(5);
    const cat = new Catalog(16);
    // A messy import's languages: 5,000 distinct strings, a few of them common.
    for (let i = 0; i < 20_000; i++) cat.upsert({ ...row(rng, `c${i}`), language: rng.chance(0.5) ? rng.pick(["en", "de"]) : `x${rng.int(0, 4_999)}` });
    for (const language of [["en"], ["x17"], ["x17", "x4021", "de"], ["zz"]]) {
      expect(answer(cat, { language, minFollowers: 2_000 })).toEqual(everySlot(cat, { language, minFollowers: 2_000 }));
    }
    const ix = cat.filterIndexFresh();
    expect(ix.language.length).toBeGreaterThan(4_000);
    expect(ix.language.filter((m) => m instanceof Uint32Array).length).toBeLessThanOrEqual(32);
    expect(ix.language.filter((m) => m instanceof Uint32Array).length).toBe(2);
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
