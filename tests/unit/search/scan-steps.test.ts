// A new text's or keyword's matches found in steps (lib/search/scan/steps.ts), with other work
// between them (lib/queries/search/kept-lists.ts): whatever is written to the catalog between two
// steps, the list kept at the end equals a fresh search, and other work does run between slices.
import { describe, expect, it } from "vitest";
import { Catalog, type CatalogRow } from "@/lib/search/scan/catalog";
import type { SlotList } from "@/lib/search/scan/kept";
import { keptKeywordSlots, keptKeywordSlotSteps, keywordSlots } from "@/lib/search/scan/keywords";
import type { Steps } from "@/lib/search/scan/steps";
import { keptTextMatches, keptTextMatchSteps, textMatches } from "@/lib/search/scan/text";
import { inSlices, keepLists } from "@/lib/queries/search/kept-lists";
import { createRng } from "../../../prisma/seed/random";

type Rng = ReturnType<typeof createRng>;
const WORDS = ["vegan", "végan", "vegn", "tips", "honest", "reviews", "café", "cafe", "ol", "øl", "a", "b2", "skin", "care", "skincare", "日本", "-", "#vegan"];
const TEXTS = ["vegan", "vegn", "tips", "ol", "a", "cafe", "skincare", "日本", "zzqx"];
const KEYWORDS = ["vegan", "cafe", "honest reviews", "ol", "skincare", "#vegan"];

function row(rng: Rng, id: string): CatalogRow {
  const words = (n: number) => Array.from({ length: rng.int(1, n) }, () => rng.pick(WORDS)).join(rng.pick([" ", "_", ""]));
  return {
    id, handle: `${words(2)}${rng.int(0, 99)}`, displayName: rng.chance(0.6) ? words(3) : null, bio: rng.chance(0.1) ? null : words(8), platform: "instagram", tier: "micro", country: null, language: null, niches: [], followers: 20_000,
    engagementRate: null, engagementRankable: true, expectedEngagements: null, engagementScore: null, authenticityScore: null, costScore: null, costPrior: null, priceLow: null,
    costPerEngagement: null, followerGrowth30d: null, hasEmail: false, metricsAsOf: 0, baseScore: null, baseConfidence: null,
  };
}

/** A catalog large enough that a find takes several steps, with writes since its text index was built. */
function catalog(rng: Rng): Catalog {
  const cat = new Catalog(16);
  for (let i = 0; i < 12_000; i++) cat.upsert(row(rng, `c${i}`));
  cat.textIndexFresh();
  for (let n = 0; n < 300; n++) cat.upsert(row(rng, `c${rng.int(0, 12_500)}`));
  return cat;
}

/** Changed, added and emptied creators: what another search's catch-up may write between two steps. */
const someWrites = (rng: Rng, cat: Catalog) => () => {
  for (let n = rng.int(0, 40); n > 0; n--) cat.upsert(row(rng, `c${rng.int(0, 13_000)}`));
};

/** Runs the steps with `between(step)` after each, and counts them. */
function stepped<T>(steps: Steps<T>, between: () => void): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value, yields };
    yields++;
    between();
  }
}

const sorted = (a: ArrayLike<number>) => [...Array.from(a)].sort((x, y) => x - y);
const tagged = (l: SlotList) => [...l.slots].map((i, k) => [i, l.tags![k]!]).sort((x, y) => x[0]! - y[0]!);

describe("a list found in steps, with writes between them", () => {
  it("a free text's matches and ranks equal a fresh search once kept", () => {
    for (const seed of [11, 12, 13]) {
      const rng = createRng(seed);
      const cat = catalog(rng);
      let yields = 0;
      for (const text of TEXTS) {
        const r = stepped(keptTextMatchSteps(cat, text), someWrites(rng, cat));
        yields += r.yields;
        expect(tagged(r.value), `seed ${seed}, "${text}"`).toEqual(tagged(textMatches(cat, text)));
        // Kept: the next search reads the same list.
        expect(tagged(keptTextMatches(cat, text)), `seed ${seed}, kept "${text}"`).toEqual(tagged(textMatches(cat, text)));
      }
      expect(yields, `seed ${seed}: the finds took steps`).toBeGreaterThan(TEXTS.length);
    }
  });

  it("a keyword's creators equal a fresh pass once kept, the bios with letters to fold found in steps too", () => {
    for (const seed of [21, 22]) {
      const rng = createRng(seed);
      const cat = catalog(rng);
      let yields = 0;
      for (const k of KEYWORDS) {
        const r = stepped(keptKeywordSlotSteps(cat, k), someWrites(rng, cat));
        yields += r.yields;
        expect(sorted(r.value), `seed ${seed}, "${k}"`).toEqual(sorted(keywordSlots(cat, k)));
        expect(sorted(keptKeywordSlots(cat, k)), `seed ${seed}, kept "${k}"`).toEqual(sorted(keywordSlots(cat, k)));
        expect(r.value.length, `seed ${seed}, "${k}" matched nothing: proves nothing`).toBeGreaterThan(0);
      }
      expect(yields).toBeGreaterThan(KEYWORDS.length);
    }
  });

  it("is found again when more was written meanwhile than the log holds", () => {
    const rng = createRng(31);
    const cat = catalog(rng);
    keptTextMatches(cat, "tips");
    let once = false;
    const r = stepped(keptTextMatchSteps(cat, "vegan"), () => {
      if (once) return;
      once = true;
      for (let n = 0; n < 11_000; n++) cat.upsert(row(rng, `c${rng.int(0, 20_000)}`));
    });
    expect(once).toBe(true);
    expect(tagged(r.value)).toEqual(tagged(textMatches(cat, "vegan")));
    expect(tagged(keptTextMatches(cat, "tips"))).toEqual(tagged(textMatches(cat, "tips")));
  });
});

describe("lists found between other work", () => {
  it("gives the event loop back while a long find runs", async () => {
    let step = 0;
    let ranAt = -1;
    function* slow(): Steps<string> {
      for (step = 0; step < 60; step++) {
        const until = performance.now() + 1;
        while (performance.now() < until);
        yield;
      }
      return "done";
    }
    setTimeout(() => (ranAt = step), 0);
    expect(await inSlices(slow())).toBe("done");
    // The timer ran between two steps, not after the last one.
    expect(ranAt).toBeGreaterThanOrEqual(0);
    expect(ranAt).toBeLessThan(60);
  });

  it("keeps every list that concurrent searches ask for, found side by side with writes between their steps, each equal to a fresh search", async () => {
    const rng = createRng(41);
    const cat = catalog(rng);
    // Texts and keywords whose finds read every creator (under three characters, or the bios with
    // a letter to fold): many steps each. Slices of 0 ms: every step gives the event loop back,
    // so the finds overlap, and a writer changes creators between their steps.
    let turns = 0;
    let running = true;
    const writer = () => {
      if (!running) return;
      turns++;
      for (let n = rng.int(0, 5); n > 0; n--) cat.upsert(row(rng, `c${rng.int(0, 13_000)}`));
      setImmediate(writer);
    };
    setImmediate(writer);
    await Promise.all([keepLists(cat, "a", ["ol"], 0), keepLists(cat, "ol", ["vegan", "ol"], 0), keepLists(cat, "a", [], 0), keepLists(cat, "", ["vegan"], 0)]);
    running = false;
    expect(turns, "the writer ran between the finds' steps").toBeGreaterThanOrEqual(5);
    for (const key of ["text:a", "text:ol", "keyword:ol", "keyword:vegan"]) expect(cat.kept.has(key), key).toBe(true);
    for (const text of ["a", "ol"]) expect(tagged(keptTextMatches(cat, text)), text).toEqual(tagged(textMatches(cat, text)));
    for (const k of ["ol", "vegan"]) expect(sorted(keptKeywordSlots(cat, k)), k).toEqual(sorted(keywordSlots(cat, k)));
  });
});

describe("a find across a rebuild of the trigram index", () => {
  it("still reads the creators written before it began, which the rebuild takes out of the written list", () => {
    const finds: [string, (cat: Catalog) => Steps<unknown>][] = [
      ["text", (cat) => keptTextMatchSteps(cat, "a")],
      ["keyword", (cat) => keptKeywordSlotSteps(cat, "vegan")],
    ];
    for (const [kind, start] of finds) {
      const rng = createRng(51);
      const cat = new Catalog(16);
      for (let i = 0; i < 12_000; i++) cat.upsert(row(rng, `c${i}`));
      cat.textIndexFresh();
      // Written since the build, before the find: in no index, only in the written list.
      for (let i = 0; i < 5_000; i++) cat.upsert(row(rng, `c${i}`));
      let rebuilt = false;
      const r = stepped(start(cat), () => {
        if (rebuilt) return;
        rebuilt = true;
        // Another search's writes and its rebuild, between two steps: the written list is emptied.
        for (let i = 5_000; i < 10_500; i++) cat.upsert(row(rng, `c${i}`));
        cat.textIndexFresh();
        expect(cat.textWritten.list.length).toBe(0);
      });
      expect(rebuilt, kind).toBe(true);
      if (kind === "text") expect(tagged(r.value as SlotList), kind).toEqual(tagged(textMatches(cat, "a")));
      else expect(sorted(r.value as Int32Array), kind).toEqual(sorted(keywordSlots(cat, "vegan")));
    }
  });
});
