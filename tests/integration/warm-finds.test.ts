// Finds that outlive a process (lib/queries/search/warm-finds.ts): a search's first find of a text or
// keyword is noted in "SearchFind", and a catalog read finds the latest noted terms again before it
// serves, so that they are kept, and answer as a find at the search would; terms past 30 days are
// deleted and not found.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool, prisma } from "@/lib/db/client";
import { Catalog, type CatalogRow } from "@/lib/search/scan/catalog";
import { keywordSlots } from "@/lib/search/scan/keywords";
import { textMatches } from "@/lib/search/scan/text";
import { keepLists } from "@/lib/queries/search/kept-lists";
import { WARM_DAYS, warmFinds } from "@/lib/queries/search/warm-finds";
import { createRng } from "../../prisma/seed/random";

const TERM = "it-warm-";
const WORDS = ["glow", "routine", "fps", "honest reviews", "café", "tips"];

/** A catalog of random bios made of WORDS (pure: no database). */
function randomCatalog(n: number): Catalog {
  const rng = createRng(17);
  const cat = new Catalog(16);
  for (let i = 0; i < n; i++) {
    const bio = Array.from({ length: rng.int(0, 5) }, () => rng.pick(WORDS)).join(rng.pick([" ", ", ", " · "]));
    const row: CatalogRow = {
      id: `w${i}`, handle: `warm_${i}`, displayName: rng.chance(0.5) ? `Warm ${rng.pick(WORDS)}` : null, bio: bio || null, platform: "instagram", tier: "micro",
      country: null, language: null, niches: [], followers: 20_000, engagementRate: null, engagementRankable: true, expectedEngagements: null,
      engagementScore: null, authenticityScore: null, costScore: null, costPrior: null, priceLow: null, costPerEngagement: null, followerGrowth30d: null,
      hasEmail: false, metricsAsOf: 0, baseScore: null, baseConfidence: null,
    };
    cat.upsert(row);
  }
  return cat;
}

const cleanup = () => prisma.searchFind.deleteMany({ where: { term: { startsWith: TERM } } });
beforeAll(cleanup);
afterAll(cleanup);

describe("finds noted and found again", () => {
  it("notes nothing and finds nothing again with SCOUT_SEARCH_FINDS=off", async () => {
    process.env.SCOUT_SEARCH_FINDS = "off";
    try {
      await prisma.searchFind.create({ data: { kind: "text", term: `${TERM}off`, foundAt: new Date(Date.now() + 86_400_000 * 400) } });
      const cat = randomCatalog(300);
      await keepLists(cat, `${TERM}unnoted`, [`${TERM}unnoted-kw`]);
      const client = await pool.connect();
      try {
        expect(await warmFinds(client, cat)).toEqual({ terms: 0, ms: 0, texts: [] });
      } finally {
        client.release();
      }
      expect(cat.kept.has(`text:${TERM}off`)).toBe(false);
      // Notes are not awaited: turned on again, a later find's note is waited for; one for the
      // earlier finds would have taken the pool before it.
      delete process.env.SCOUT_SEARCH_FINDS;
      await keepLists(cat, `${TERM}noted-after`, []);
      await expect.poll(() => prisma.searchFind.count({ where: { term: `${TERM}noted-after` } }), { timeout: 30_000 }).toBe(1);
      expect(await prisma.searchFind.count({ where: { term: { startsWith: `${TERM}unnoted` } } })).toBe(0);
    } finally {
      delete process.env.SCOUT_SEARCH_FINDS;
      await cleanup();
    }
  });

  it("notes a search's first find of a text and of each keyword", async () => {
    const cat = randomCatalog(500);
    const text = `${TERM}glow`;
    await keepLists(cat, text, [`${TERM}tips`, `${TERM}fps`]);
    const noted = () => prisma.searchFind.findMany({ where: { term: { startsWith: TERM } }, select: { kind: true, term: true }, orderBy: [{ kind: "asc" }, { term: "asc" }] });
    await expect.poll(noted, { timeout: 30_000 }).toEqual([
      { kind: "keyword", term: `${TERM}fps` }, { kind: "keyword", term: `${TERM}tips` }, { kind: "text", term: text },
    ]);
  });

  it("finds the latest noted terms again at a catalog read, as the search would find them, and forgets those past 30 days", async () => {
    const now = Date.now();
    const old = new Date(now - (WARM_DAYS + 1) * 86_400_000);
    // Far-future times put these first among whatever other test files noted.
    const soon = (k: number) => new Date(now + 86_400_000 * 365 + k);
    await prisma.searchFind.createMany({
      data: [
        { kind: "text", term: `${TERM}routine`, foundAt: soon(1) },
        { kind: "keyword", term: "honest reviews", foundAt: soon(2) },
        { kind: "keyword", term: "cafe", foundAt: soon(3) },
        { kind: "text", term: `${TERM}stale`, foundAt: old },
      ],
      skipDuplicates: true,
    });
    const cat = randomCatalog(3_000);
    const client = await pool.connect();
    try {
      const warm = await warmFinds(client, cat);
      expect(warm.terms).toBeGreaterThanOrEqual(3);
    } finally {
      client.release();
    }
    for (const key of [`text:${TERM}routine`, "keyword:honest reviews", "keyword:cafe"]) expect(cat.kept.has(key)).toBe(true);
    expect(cat.kept.has(`text:${TERM}stale`)).toBe(false);
    expect(await prisma.searchFind.count({ where: { term: `${TERM}stale` } })).toBe(0);
    // What was kept is what a find now gives (the keyword matches "café" folded; the text matches nobody).
    const cafe = [...keywordSlots(cat, "cafe")].sort((a, b) => a - b);
    expect(cafe.length).toBeGreaterThan(100);
    expect([...cat.kept.of("keyword:cafe", () => { throw new Error("found again"); }, () => () => -1).slots].sort((a, b) => a - b)).toEqual(cafe);
    expect(cat.kept.of(`text:${TERM}routine`, () => { throw new Error("found again"); }, () => () => -1).slots).toEqual(textMatches(cat, `${TERM}routine`).slots);
  });
});
