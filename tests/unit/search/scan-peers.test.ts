// The profile's comparisons on the catalog (lib/search/scan/peers.ts): the percentile against the
// domain's percentileRank over the same peers, and lookalikes by their stated rules, on random catalogs.
import { describe, expect, it } from "vitest";
import { percentileRank } from "@/lib/domain/engagement";
import { NICHE_IDS } from "@/lib/domain/niches";
import { neighbourTiers } from "@/lib/domain/tiers";
import { PLATFORMS, TIERS } from "@/lib/domain/types";
import { Catalog, type CatalogRow } from "@/lib/search/scan/catalog";
import { lookalikes, lookalikeSeedAt, peerPercentile, preparePeerRates, sameLookalikeSeed } from "@/lib/search/scan/peers";
import { rateOrder } from "@/lib/search/scan/rate-walk";
import { createRng } from "../../../prisma/seed/random";

function randomCatalog(seed: number, n: number): { cat: Catalog; rows: CatalogRow[] } {
  const rng = createRng(seed);
  const rows: CatalogRow[] = Array.from({ length: n }, (_, i) => ({
    id: `c${String(i).padStart(4, "0")}`, handle: `h${i}`, displayName: null, bio: null, platform: rng.pick(PLATFORMS.slice(0, 3)), tier: rng.pick(TIERS), country: rng.pick(["US", "GB", null]), language: null,
    niches: [...new Set(Array.from({ length: rng.int(0, 3) }, () => rng.pick(NICHE_IDS.slice(0, 6))))],
    followers: rng.int(1_000, 2_000_000), engagementRate: rng.chance(0.15) ? null : rng.int(0, 80) / 1_000, engagementRankable: rng.chance(0.9),
    expectedEngagements: null, engagementScore: null, authenticityScore: null, costScore: null, costPrior: null, priceLow: null, costPerEngagement: null,
    followerGrowth30d: null, hasEmail: false, metricsAsOf: 0, baseScore: null, baseConfidence: null,
  }));
  const cat = new Catalog(16);
  for (const r of rows) cat.upsert(r);
  return { cat, rows };
}

describe("peer percentile on the catalog", () => {
  it("equals percentileRank over the rankable rates of the same platform and tier", () => {
    for (const seed of [1, 2, 3]) {
      const { cat, rows } = randomCatalog(seed, 2_000);
      for (const r of rows.slice(0, 50)) {
        if (r.engagementRate === null) continue;
        const peers = rows.filter((x) => x.platform === r.platform && x.tier === r.tier && x.engagementRankable && x.engagementRate !== null).map((x) => x.engagementRate!).sort((a, b) => a - b);
        const got = peerPercentile(cat, r.platform as never, r.tier as never, r.engagementRate);
        if (peers.length === 0) expect(got).toBeNull();
        else expect(got).toEqual({ percentile: percentileRank(r.engagementRate, peers), peers: peers.length });
      }
    }
  });

  it("gives the same percentiles from the rates prepared at the catalog's read, for every platform and tier, and drops them once the catalog changes", () => {
    const { cat, rows } = randomCatalog(5, 3_000);
    preparePeerRates(cat);
    for (const platform of PLATFORMS) {
      for (const tier of TIERS) {
        const peers = rows.filter((x) => x.platform === platform && x.tier === tier && x.engagementRankable && x.engagementRate !== null).map((x) => x.engagementRate!).sort((a, b) => a - b);
        for (const rate of [0, 0.013, 0.04, 0.08]) {
          const got = peerPercentile(cat, platform, tier, rate);
          if (peers.length === 0) expect(got, `${platform} ${tier}`).toBeNull();
          else expect(got, `${platform} ${tier}`).toEqual({ percentile: percentileRank(rate, peers), peers: peers.length });
        }
      }
    }
    // A write after the preparation: the prepared rates are stale, and the new peer counts.
    const r = rows.find((x) => x.engagementRate !== null && x.engagementRankable)!;
    const before = peerPercentile(cat, r.platform as never, r.tier as never, r.engagementRate!)!;
    cat.upsert({ ...r, id: "zprep", engagementRate: r.engagementRate! + 1 });
    expect(peerPercentile(cat, r.platform as never, r.tier as never, r.engagementRate!)!.peers).toBe(before.peers + 1);
  });

  it("follows the catalog: a peer written after a percentile was read counts at the next one", () => {
    const { cat, rows } = randomCatalog(4, 500);
    const r = rows.find((x) => x.engagementRate !== null && x.engagementRankable)!;
    const before = peerPercentile(cat, r.platform as never, r.tier as never, r.engagementRate!)!;
    // A new peer above the rate, then one of the peers moved below it.
    cat.upsert({ ...r, id: "znew", engagementRate: r.engagementRate! + 1 });
    const added = peerPercentile(cat, r.platform as never, r.tier as never, r.engagementRate!)!;
    expect(added.peers).toBe(before.peers + 1);
    expect(added.percentile).toBeLessThan(before.percentile);
    cat.upsert({ ...r, id: "znew", engagementRate: r.engagementRate! / 2 - 1 });
    const moved = peerPercentile(cat, r.platform as never, r.tier as never, r.engagementRate!)!;
    expect(moved.peers).toBe(before.peers + 1);
    expect(moved.percentile).toBeGreaterThan(before.percentile);
  });
});

/** Lookalikes by their stated rules, read off the rows: the reference. */
function expectedLookalikes(rows: CatalogRow[], seed: CatalogRow, limit: number): string[] {
  const tiers = neighbourTiers(seed.tier as never) as string[];
  const eligible = rows.filter((r) => r.id !== seed.id && r.platform === seed.platform && tiers.includes(r.tier) && r.engagementRankable && r.niches.some((n) => seed.niches.includes(n)));
  const key = (r: CatalogRow) => [r.engagementRate === null ? 1 : 0, Math.abs(Math.log(Math.max(r.engagementRate ?? 1e-6, 1e-6) / seed.engagementRate!)) - (r.country === seed.country ? 0.5 : 0) - 0.25 * r.niches.filter((n) => seed.niches.includes(n)).length] as const;
  return [...eligible].sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1] || (a.id < b.id ? -1 : 1)).slice(0, limit).map((r) => r.id);
}
const asSeed = (r: CatalogRow) => ({ ...r, platform: r.platform as never, tier: r.tier as never });

describe("lookalikes on the catalog", () => {
  it("keeps only rankable creators of the same platform, a neighbouring tier and a shared niche, closest rate first", () => {
    const { cat, rows } = randomCatalog(7, 3_000);
    for (const seed of rows.filter((r) => r.niches.length && r.engagementRate).slice(0, 40)) {
      const ids = lookalikes(cat, asSeed(seed), 6);
      expect(ids).toEqual(expectedLookalikes(rows, seed, 6));
      expect(ids).not.toContain(seed.id);
    }
  });

  it("answers the same after creators already held are rewritten (walked nearest rate first, each listed once)", () => {
    // Many candidates a seed: lookalikes are read nearest rate first (lib/search/scan/rate-walk.ts).
    const { cat, rows } = randomCatalog(13, 4_000);
    const rng = createRng(99);
    const seeds = rows.filter((r) => r.niches.length && r.engagementRate).slice(0, 30);
    for (const seed of seeds) expect(lookalikes(cat, asSeed(seed), 6)).toEqual(expectedLookalikes(rows, seed, 6));
    // Rewrites after the orders were built: each seed's best moves to its country and rate, others change rate.
    for (const seed of seeds.slice(0, 10)) {
      const k = rows.findIndex((r) => r.id === lookalikes(cat, asSeed(seed), 6)[5]);
      rows[k] = { ...rows[k]!, country: seed.country, engagementRate: seed.engagementRate };
      cat.upsert(rows[k]!);
    }
    for (let n = 0; n < 200; n++) {
      const k = rng.int(0, rows.length - 1);
      rows[k] = { ...rows[k]!, engagementRate: rng.chance(0.1) ? null : rng.int(0, 80) / 1_000 };
      cat.upsert(rows[k]!);
    }
    for (const seed of seeds) {
      const ids = lookalikes(cat, asSeed(rows.find((r) => r.id === seed.id)!), 6);
      expect(ids).toEqual(expectedLookalikes(rows, rows.find((r) => r.id === seed.id)!, 6));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("lists a creator rewritten after the rate order was built but before the bitsets once", () => {
    const { cat, rows } = randomCatalog(17, 4_000);
    rateOrder(cat);
    const seeds = rows.filter((r) => r.niches.length && r.engagementRate).slice(0, 10);
    // Each seed's twin: an eligible creator moved to the seed's country, niches and rate.
    for (const [n, seed] of seeds.entries()) {
      const k = rows.findIndex((r, j) => j > 100 * n && r.id !== seed.id && r.platform === seed.platform && r.tier === seed.tier && r.engagementRankable);
      rows[k] = { ...rows[k]!, country: seed.country, niches: seed.niches, engagementRate: seed.engagementRate };
      cat.upsert(rows[k]!);
    }
    for (const seed of seeds) {
      const ids = lookalikes(cat, asSeed(seed), 6);
      expect(ids).toEqual(expectedLookalikes(rows, seed, 6));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("follows creators written after its bitsets were built: a newcomer, a change of niche, a change of platform", () => {
    const { cat, rows } = randomCatalog(11, 2_000);
    const seed = rows.find((r) => r.niches.length && r.engagementRate)!;
    const s = { ...seed, platform: seed.platform as never, tier: seed.tier as never };
    const before = lookalikes(cat, s, 6);
    expect(before.length).toBe(6);
    // A newcomer just like the seed, in its country, with its niches and rate: the closest there is.
    cat.upsert({ ...seed, id: "zz_twin", handle: "zz_twin", engagementRankable: true });
    // The best lookalike leaves the seed's platform; the second loses its niches.
    const first = rows.find((r) => r.id === before[0])!;
    const second = rows.find((r) => r.id === before[1])!;
    cat.upsert({ ...first, platform: PLATFORMS.find((p) => p !== seed.platform)! });
    cat.upsert({ ...second, niches: [] });
    const after = lookalikes(cat, s, 6);
    expect(after[0]).toBe("zz_twin");
    expect(after).not.toContain(first.id);
    expect(after).not.toContain(second.id);
    expect(after.slice(1, 4)).toEqual(before.slice(2, 5));
  });

  it("finds none for a creator without niches", () => {
    const { cat, rows } = randomCatalog(9, 200);
    expect(lookalikes(cat, { ...rows[0]!, niches: [], platform: "instagram", tier: "micro" }, 6)).toEqual([]);
  });
});

describe("a lookalike seed read from the catalog", () => {
  it("chooses what the creator's own row chooses, and tells a row the catalog holds otherwise", () => {
    const { cat, rows } = randomCatalog(7, 3_000);
    for (const r of rows.slice(0, 200)) {
      const fromRow = { id: r.id, platform: r.platform as never, tier: r.tier as never, niches: [...r.niches].reverse(), engagementRate: r.engagementRate, country: r.country };
      const seed = lookalikeSeedAt(cat, cat.slotOf.get(r.id)!);
      expect(sameLookalikeSeed(seed, fromRow)).toBe(true);
      expect(lookalikes(cat, seed, 6)).toEqual(lookalikes(cat, fromRow, 6));
      // The row as a replica behind the catalog may read it: another rate, tier, country or niche.
      expect(sameLookalikeSeed(seed, { ...fromRow, engagementRate: (r.engagementRate ?? 0) + 0.001 })).toBe(false);
      expect(sameLookalikeSeed(seed, { ...fromRow, tier: (r.tier === "nano" ? "micro" : "nano") as never })).toBe(false);
      expect(sameLookalikeSeed(seed, { ...fromRow, country: r.country === "DE" ? "FR" : "DE" })).toBe(false);
      expect(sameLookalikeSeed(seed, { ...fromRow, niches: [...r.niches, NICHE_IDS[10]!] })).toBe(false);
    }
  });
});
