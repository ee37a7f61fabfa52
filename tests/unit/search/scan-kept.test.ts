// Lists kept between searches (lib/search/scan/kept.ts): a brief keyword's creators
// (lib/search/scan/keywords.ts) and a free text's matches with their ranks (lib/search/scan/text.ts),
// kept across writes (updateSlotList, and the bounded KeptSlots that every catalog holds), equal a
// fresh search, on random catalogs whose handles, names and bios change, appear and disappear
// between reads.
import { describe, expect, it } from "vitest";
import { Catalog, type CatalogRow } from "@/lib/search/scan/catalog";
import { KeptSlots, updateSlotList, type SlotList } from "@/lib/search/scan/kept";
import { foldAccents, keptKeywordSlots, keywordSlots } from "@/lib/search/scan/keywords";
import { keptTextMatches, textMatches, textTest } from "@/lib/search/scan/text";
import { createRng } from "../../../prisma/seed/random";

const PIECES = ["café", "cafe", "crème brûlée", "creme brulee", "vegan", "végan", "#vegan", "vegan2", "honest", "reviews", "tips", "øl", "ol", "naïve", "naive", "-", ", ", "  ", "日本"];
const HANDLES = ["vegan", "vegan_tips", "anna", "annabelle", "ol", "tipsy", "honestreviews", "cafe.creme", "véga", "naivety"];
const TEXTS = ["vegan", "vegn", "tips", "anna", "ol", "a", "cafe", "honest reviews", "zzqx", "#vegan", "crème", "naive"];
const KEYWORDS = ["cafe", "creme brulee", "vegan", "#vegan", "honest reviews", "tips", "ol", "naive", "vegan2"];

function randomRow(rng: ReturnType<typeof createRng>, id: string): CatalogRow {
  const bio = rng.chance(0.1) ? null : Array.from({ length: rng.int(1, 6) }, () => rng.pick(PIECES)).join(rng.pick([" ", "", "/"]));
  return {
    id, handle: rng.chance(0.5) ? `${rng.pick(HANDLES)}${rng.int(0, 9)}` : rng.pick(HANDLES), displayName: rng.chance(0.5) ? rng.pick(PIECES) : null, bio, platform: "instagram", tier: "micro", country: null, language: null, niches: [], followers: 20_000, engagementRate: null,
    engagementRankable: true, expectedEngagements: null, engagementScore: null, authenticityScore: null, costScore: null, costPrior: null, priceLow: null,
    costPerEngagement: null, followerGrowth30d: null, hasEmail: false, metricsAsOf: 0, baseScore: null, baseConfidence: null,
  };
}

const sorted = (a: Int32Array) => [...a].sort((x, y) => x - y);
/** A list's slots with their tags, by slot: equal lists in any order compare equal. */
const tagged = (l: SlotList) => [...l.slots].map((i, k) => [i, l.tags ? l.tags[k]! : 0]).sort((x, y) => x[0]! - y[0]!);
const keywordList = (cat: Catalog, k: string): SlotList => ({ slots: keywordSlots(cat, k), tags: null });
const keywordTest = (cat: Catalog, k: string) => (i: number) => (keywordSlots(cat, k).includes(i) ? 0 : -1);

describe("a keyword's creators across writes", () => {
  it("equal a fresh pass after each round of changed, added and emptied bios", () => {
    for (const seed of [1, 2, 3]) {
      const rng = createRng(seed);
      const cat = new Catalog(16);
      for (let i = 0; i < 400; i++) cat.upsert(randomRow(rng, `c${i}`));
      const held = new Map(KEYWORDS.map((k) => [k, keywordList(cat, k)]));
      for (let round = 0; round < 5; round++) {
        const written: number[] = [];
        for (let n = rng.int(1, 60); n > 0; n--) written.push(cat.upsert(randomRow(rng, `c${rng.int(0, 460)}`)));
        for (const k of KEYWORDS) {
          held.set(k, updateSlotList(held.get(k)!, written, keywordTest(cat, k)));
          expect(sorted(held.get(k)!.slots), `seed ${seed}, round ${round}, "${k}"`).toEqual(sorted(keywordSlots(cat, k)));
          // The catalog's own kept list, caught up from its log of writes.
          expect(sorted(keptKeywordSlots(cat, k)), `seed ${seed}, round ${round}, kept "${k}"`).toEqual(sorted(keywordSlots(cat, k)));
        }
      }
      // The rounds found something (equal empty lists would prove nothing).
      expect([...held.values()].reduce((n, s) => n + s.slots.length, 0)).toBeGreaterThan(50);
    }
  });

  it("kept between searches, catch up when next asked for, whatever was written in between and however few are kept", () => {
    const rng = createRng(5);
    const cat = new Catalog(16);
    for (let i = 0; i < 400; i++) cat.upsert(randomRow(rng, `c${i}`));
    // Room for three keywords of nine: the others are dropped and found again; a long log starts over.
    const kept = new KeptSlots(3);
    for (let round = 0; round < 12; round++) {
      for (const k of [rng.pick(KEYWORDS), rng.pick(KEYWORDS), rng.pick(KEYWORDS)]) {
        expect(sorted(kept.of(k, () => keywordList(cat, k), () => keywordTest(cat, k)).slots), `round ${round}, "${k}"`).toEqual(sorted(keywordSlots(cat, k)));
      }
      for (let n = round === 6 ? 11_000 : rng.int(1, 80); n > 0; n--) kept.wrote(cat.upsert(randomRow(rng, `c${rng.int(0, 460)}`)), cat.size);
    }
    expect(kept.stats.lists).toBeLessThanOrEqual(3);
  });

  it("hold at most their slot budget, keeping at least the list asked last", () => {
    const rng = createRng(6);
    const cat = new Catalog(16);
    for (let i = 0; i < 400; i++) cat.upsert(randomRow(rng, `c${i}`));
    const budget = keywordSlots(cat, "vegan").length + 1;
    const kept = new KeptSlots(64, budget);
    for (const k of KEYWORDS) kept.of(k, () => keywordList(cat, k), () => keywordTest(cat, k));
    expect(kept.stats.slots).toBeLessThanOrEqual(Math.max(budget, keywordSlots(cat, KEYWORDS.at(-1)!).length));
    expect(kept.stats.lists).toBeGreaterThanOrEqual(1);
  });
});

describe("a free text's matches across writes", () => {
  it("equal a fresh search, ranks included, after each round of changed and added creators", () => {
    for (const seed of [1, 2, 3]) {
      const rng = createRng(seed);
      const cat = new Catalog(16);
      for (let i = 0; i < 400; i++) cat.upsert(randomRow(rng, `c${i}`));
      let found = 0;
      for (let round = 0; round < 6; round++) {
        for (const text of TEXTS) {
          const kept = keptTextMatches(cat, text);
          expect(tagged(kept), `seed ${seed}, round ${round}, "${text}"`).toEqual(tagged(textMatches(cat, text)));
          found += kept.slots.length;
        }
        // Each slot's test agrees with the search (how a kept list catches up).
        const text = rng.pick(TEXTS);
        const fresh = new Map(tagged(textMatches(cat, text)).map(([i, r]) => [i, r]));
        const test = textTest(cat, text);
        for (let i = 0; i < cat.size; i++) expect(test(i), `"${text}", slot ${i}`).toBe(fresh.get(i) ?? -1);
        for (let n = rng.int(1, 60); n > 0; n--) cat.upsert(randomRow(rng, `c${rng.int(0, 460)}`));
      }
      expect(found).toBeGreaterThan(500);
    }
  });

  it("folds the table's accents and leaves others", () => {
    expect(foldAccents("crème brûlée à zürich")).toBe("creme brulee a zurich");
    expect(foldAccents("øl")).toBe("øl");
  });
});
