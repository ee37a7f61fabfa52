// A static sort read from its order (lib/search/scan/sorted.ts), stopping once the page and the
// count's cap are covered, answers what one pass over every creator answers (the pass that
// tests/integration/search-scan.test.ts holds to PostgreSQL's pages): the same page in the same
// order, the same capped total, on catalogs large enough for the walk to stop early, with ties on
// every key, NULLs, deep pages, and creators written after the orders were built.
import { describe, expect, it } from "vitest";
import { planSearch } from "@/lib/search/plan";
import { inlineBrief } from "@/lib/search/brief";
import { Catalog } from "@/lib/search/scan/catalog";
import { scanCatalog } from "@/lib/search/scan/run";
import { buildSortLayout, walkSorted } from "@/lib/search/scan/sorted";
import { parseSearchQueryLenient, type SearchQuery } from "@/lib/validation/search";
import { createRng, type Rng } from "../../../prisma/seed/random";
import { seededCatalog } from "../../support/seeded-catalog";
import { NOW, randomFilters, row } from "./random-catalog";

const SIZE = 100_000;

function compare(cat: Catalog, q: SearchQuery) {
  const plan = planSearch(q, inlineBrief(q)?.brief ?? null);
  const walked = scanCatalog(cat, plan, null, NOW, true);
  const passed = scanCatalog(cat, plan, null, NOW, false);
  const label = new URLSearchParams(q as never).toString();
  expect(walked.ids, label).toEqual(passed.ids);
  // The total the page shows: exact up to the cap, then "10,000+".
  expect(Math.min(walked.matches, plan.cap), label).toBe(Math.min(passed.matches, plan.cap));
  expect(walked.matches > plan.cap, label).toBe(passed.matches > plan.cap);
  return { stoppedEarly: walked.matches < passed.matches, static: !plan.text && (["er", "engagements", "followers", "cpe", "growth"].includes(q.sort) || plan.base) };
}

function randomStatic(rng: Rng): SearchQuery {
  // Most random searches with a sort on the creators' own values, the rest as drawn.
  const q = randomFilters(rng);
  if (rng.chance(0.3)) return q;
  return { ...q, sort: rng.pick(["er", "engagements", "followers", "cpe", "growth", "score"] as const), fitNiche: undefined, fitKeywords: undefined, fitCountry: undefined, wEng: undefined, wFit: undefined, wAuth: undefined, wCost: undefined };
}

// Catalogs of 100,000 creators and hundreds of searches: seconds alone, minutes beside two busy cores.
describe("static sorts read from their orders", { timeout: 240_000 }, () => {
  it("give the pages and totals of one pass over every creator, stopping early where they can", () => {
    const rng = createRng(4242);
    const cat = new Catalog(16);
    for (let i = 0; i < SIZE; i++) cat.upsert(row(rng, `c${String(i).padStart(6, "0")}`));
    let early = 0;
    let statics = 0;
    for (let k = 0; k < 100; k++) {
      const r = compare(cat, randomStatic(rng));
      if (r.static) statics++;
      if (r.stoppedEarly) early++;
    }
    expect(statics).toBeGreaterThan(60);
    expect(early).toBeGreaterThan(5);
    // Every direction of every static sort, shallow and deep, with no filter: the walk must stop early.
    for (const sort of ["er", "engagements", "followers", "cpe", "growth", "score"] as const) {
      for (const order of ["asc", "desc"] as const) {
        for (const page of [1, 37, 150]) {
          const r = compare(cat, parseSearchQueryLenient({ sort, order, page: String(page), pageSize: "100" }));
          expect(r.stoppedEarly, `${sort} ${order} page ${page}`).toBe(true);
        }
      }
    }
  });

  it("read a brief's score from the stored score's order, stopping once nobody left can reach the page", () => {
    // The stored score must be the creators' own (the bound rests on it): the seed's creators, scored
    // as the database scores them; enough of them that a walk to the count's cap (10,000) can pay.
    const cat = seededCatalog(200_000);
    let early = 0;
    for (const fitNiche of ["beauty", "gaming,tech", "food,travel,fitness"]) {
      for (const page of ["1", "30"]) {
        for (const extra of [{}, { platform: "instagram,tiktok" }, { minFollowers: "5000", hasEmail: "true" }, { country: "NZ" }]) {
          const q = parseSearchQueryLenient({ fitNiche, fitCountry: "US", sort: "score", page, pageSize: "50", ...extra });
          if (compare(cat, q).stoppedEarly) early++;
          // Ascending, and weights the stored score does not bound: one pass, the same answers.
          compare(cat, { ...q, order: "asc" });
          compare(cat, { ...q, wEng: 10, wFit: 50, wAuth: 5, wCost: 35 });
        }
      }
    }
    expect(early).toBeGreaterThan(5);
  });

  it("stay right while creators are written after the orders were built", () => {
    const rng = createRng(77);
    const cat = new Catalog(16);
    for (let i = 0; i < SIZE; i++) cat.upsert(row(rng, `c${String(i).padStart(6, "0")}`));
    for (let round = 0; round < 8; round++) {
      for (let k = 0; k < 15; k++) compare(cat, randomStatic(rng));
      // Changes (some slots twice) and newcomers, some of them the best or the worst on a key.
      for (let w = 0; w < 700; w++) {
        const id = rng.chance(0.7) ? `c${String(rng.int(0, SIZE - 1)).padStart(6, "0")}` : `n${round}_${w}`;
        const r = row(rng, id);
        if (rng.chance(0.1)) r.followers = rng.pick([1, 900_000_000]);
        cat.upsert(r);
      }
    }
  });

  it("give up a walk that would read past its budget, leaving the scratch clean, and answer the same through the pass", () => {
    // A filter the order works against: ascending by rate, only the highest rates pass, so the walk
    // reads almost everyone before it holds a page. The sample cannot foresee it; the budget stops it.
    const rng = createRng(9);
    const n = 20_000;
    const rate = Float64Array.from({ length: n }, () => rng.next() * 20);
    const layout = buildSortLayout(n, ([k1, k2, k3]) => (i, at) => ((k1[at] = rate[i]!), (k2[at] = 0), (k3[at] = 0)));
    const pass = (i: number) => rate[i]! >= 19;
    const mark = new Uint8Array(n);
    const slot = new Int32Array(n);
    const written = [[3, 5, 7]];
    expect(walkSorted(layout, pass, pass, written, mark, slot, 100, undefined, n / 4)).toBeNull();
    expect(mark.every((b) => b === 0)).toBe(true);
    // Within budget, asked for more than there are: every match, the written ones tested whole, each once.
    const walked = walkSorted(layout, pass, pass, written, mark, slot, n + 1, undefined, n);
    expect(walked).not.toBeNull();
    const expected = [...Array(n).keys()].filter(pass);
    expect([...slot.subarray(0, walked!.m)].sort((a, b) => a - b)).toEqual(expected);
    expect(mark.every((b) => b === 0)).toBe(true);
    // The same filter through scanCatalog: the page and the total of one pass.
    const cat = seededCatalog(60_000);
    for (const sort of ["er", "score", "followers"] as const) compare(cat, parseSearchQueryLenient({ sort, order: "asc", minEr: "8", minAuthenticity: "80" }));
  });
});
