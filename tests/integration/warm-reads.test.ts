// The catalog's warm-up (lib/queries/search/catalog-sync.ts warmSearchCatalog, lib/queries/warm-reads.ts)
// on real PostgreSQL: the API's reads run on a catalog just read whole, for no organisation, and
// write nothing; inside the warm-up a read of the catalog is answered by the read being warmed
// (no wait on itself); the searches waiting for that read are answered after the warm-up, also
// when it fails or never ends.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { catalogRead, freshCatalog, warmSearchCatalog, WARM_UP_LIMIT_MS } from "@/lib/queries/search/catalog-sync";
import { searchCreators } from "@/lib/queries/search";
import { warmReads } from "@/lib/queries/warm-reads";
import { parseSearchQueryLenient } from "@/lib/validation/search";

const PREFIX = "itwr";
const NICHES = ["beauty", "fitness", "travel", "food"];
const TIERS = ["nano", "micro", "mid", "macro", "mega"] as const;
const FOLLOWERS = { nano: 5_000, micro: 20_000, mid: 120_000, macro: 700_000, mega: 2_000_000 };
const rows = Array.from({ length: 40 }, (_, i) => {
  const tier = TIERS[i % 5]!;
  return {
    id: `${PREFIX}${String(i).padStart(4, "0")}`, platform: "instagram" as const, handle: `${PREFIX}_${i}`, tier, followers: FOLLOWERS[tier] + i,
    niches: [NICHES[i % 4]!, NICHES[(i + 1) % 4]!], engagementRate: 0.01 + (i % 7) / 200, metricsAsOf: new Date(), bio: `warm reads ${i}`,
  };
});

/** What a read could write: none of these may change. */
const written = async () => ({
  finds: await prisma.searchFind.count(),
  items: await prisma.shortlistItem.count(),
  activities: await prisma.shortlistActivity.count(),
  creators: await prisma.creator.count(),
});

beforeAll(async () => {
  await prisma.creator.deleteMany({ where: { id: { startsWith: PREFIX } } });
  await prisma.creator.createMany({ data: rows });
});

afterAll(async () => {
  warmSearchCatalog(undefined);
  await prisma.creator.deleteMany({ where: { id: { startsWith: PREFIX } } });
});

describe("the catalog's warm-up", () => {
  it("runs searches, profiles and compares on the catalog, for no organisation, writing nothing", async () => {
    const state = await freshCatalog();
    const before = await written();
    // Twelve rounds: a search each, a profile every third, a compare every sixth.
    expect(await warmReads(state, 120_000, 12)).toBe(12 + 4 + 2);
    expect(await written()).toEqual(before);
  });

  it("answers the searches that wait for a whole read after its warm-up, which reads that catalog itself", async () => {
    const events: string[] = [];
    warmSearchCatalog(async (s) => {
      // The read this warm-up is part of has not ended: a wait for it here would never end.
      events.push((await freshCatalog()) === s ? "warm-up: the catalog being warmed" : "warm-up: another catalog");
      events.push(catalogRead() ? "read" : "not read");
      const { total } = await searchCreators(parseSearchQueryLenient({ q: "warm reads" }), "");
      events.push(`searched: ${total}`);
    });
    // A delete: the next search reads the catalog whole again (its epoch moved).
    await prisma.creator.delete({ where: { id: `${PREFIX}0039` } });
    const waited = await freshCatalog();
    events.push("waiting search answered");
    expect(events).toEqual(["warm-up: the catalog being warmed", "read", "searched: 39", "waiting search answered"]);
    expect(waited.catalog.slotOf.has(`${PREFIX}0039`)).toBe(false);
  });

  it("answers the waiting searches when the warm-up fails, and logs why", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      warmSearchCatalog(async () => {
        throw new Error("no warm-up today");
      });
      await prisma.creator.delete({ where: { id: `${PREFIX}0038` } });
      const s = await freshCatalog();
      expect(s.catalog.slotOf.has(`${PREFIX}0038`)).toBe(false);
      expect(warn.mock.calls.flat().join(" ")).toContain("the warm-up failed: no warm-up today");
    } finally {
      warn.mockRestore();
    }
  });

  it("answers the waiting searches once the warm-up has run past its limit, and leaves it to finish", async () => {
    let release = () => {};
    const stuck = new Promise<void>((resolve) => (release = resolve));
    warmSearchCatalog(() => stuck);
    await prisma.creator.delete({ where: { id: `${PREFIX}0037` } });
    const t0 = Date.now();
    const s = await freshCatalog();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(WARM_UP_LIMIT_MS - 50);
    expect(s.catalog.slotOf.has(`${PREFIX}0037`)).toBe(false);
    release();
  });
});
