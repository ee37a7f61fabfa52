import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { engagementBand } from "@/lib/domain/engagement";
import { classifyTier, DEFAULT_TIER_THRESHOLDS } from "@/lib/domain/tiers";
import { ENGAGEMENT_BANDS, PLATFORMS, TIERS, type EngagementBand, type Platform, type Tier } from "@/lib/domain/types";
import { filterConflicts, type ConflictInput } from "@/lib/search/conflicts";

/** What the search's WHERE keeps, written out here for one creator (a rate is a fraction). */
function matches(q: ConflictInput, c: { followers: number; platform: Platform; er: number | null }): boolean {
  const tier = classifyTier(c.followers);
  if (q.platform?.length && !q.platform.includes(c.platform)) return false;
  if (q.tier?.length && !q.tier.includes(tier)) return false;
  if (q.minFollowers !== undefined && c.followers < q.minFollowers) return false;
  if (q.maxFollowers !== undefined && c.followers > q.maxFollowers) return false;
  const needsRate = q.minEr !== undefined || q.maxEr !== undefined || !!q.band?.length;
  if (needsRate && c.er === null) return false;
  if (q.minEr !== undefined && c.er! < q.minEr / 100) return false;
  if (q.maxEr !== undefined && c.er! > q.maxEr / 100) return false;
  if (q.band?.length && !q.band.includes(engagementBand(c.er!, c.platform, tier))) return false;
  return true;
}

const sub = <T,>(xs: readonly T[]) => fc.subarray([...xs], { minLength: 1 });
const query: fc.Arbitrary<ConflictInput> = fc.record(
  {
    platform: sub(PLATFORMS) as fc.Arbitrary<Platform[]>,
    tier: sub(TIERS) as fc.Arbitrary<Tier[]>,
    minFollowers: fc.integer({ min: 0, max: 3_000_000 }),
    maxFollowers: fc.integer({ min: 0, max: 3_000_000 }),
    minEr: fc.double({ min: 0, max: 40, noNaN: true }),
    maxEr: fc.double({ min: 0, max: 40, noNaN: true }),
    band: sub(ENGAGEMENT_BANDS) as fc.Arbitrary<EngagementBand[]>,
  },
  { requiredKeys: [] },
);
const creator = fc.record({
  followers: fc.oneof(fc.integer({ min: 0, max: 3_000_000 }), fc.constantFrom(9_999, 10_000, 50_000, 50_001, 499_999, 500_000, 1_000_000, 1_000_001)),
  platform: fc.constantFrom(...PLATFORMS),
  er: fc.option(fc.double({ min: 0, max: 0.5, noNaN: true }), { nil: null }),
});

describe("filterConflicts", () => {
  it("names the tier and the follower bound that exclude each other (tier=macro&maxFollowers=50000)", () => {
    const [c] = filterConflicts({ tier: ["macro"], maxFollowers: 50_000 });
    expect(c?.filters).toEqual(["tier", "maxFollowers"]);
    expect(c?.message).toContain("Macro is 500,000-1,000,000");
  });

  it("names a minimum above its maximum", () => {
    expect(filterConflicts({ minFollowers: 2_000, maxFollowers: 1_000 })[0]?.filters).toEqual(["minFollowers", "maxFollowers"]);
    expect(filterConflicts({ minEr: 5, maxEr: 2 })[0]?.filters).toEqual(["minEr", "maxEr"]);
  });

  it("names a band that no rate within the bounds falls in", () => {
    // Instagram nano's "low" band is below 3%: a rate of at least 20% is never low there.
    const [c] = filterConflicts({ platform: ["instagram"], tier: ["nano"], band: ["low"], minEr: 20 });
    expect(c?.filters).toEqual(["band", "minEr"]);
  });

  it("finds nothing in filters that some creator can match", () => {
    expect(filterConflicts({})).toEqual([]);
    expect(filterConflicts({ tier: ["micro"], minFollowers: 50_000, maxFollowers: 50_000 })).toEqual([]);
    expect(filterConflicts({ tier: ["mega"], minFollowers: 5_000_000 })).toEqual([]);
    expect(filterConflicts({ minEr: 3, maxEr: 3, band: ["average", "high"] })).toEqual([]);
  });

  it("never reports a conflict for filters that some creator matches (random filters and creators)", () => {
    fc.assert(
      fc.property(query, fc.array(creator, { minLength: 1, maxLength: 20 }), (q, creators) => {
        if (filterConflicts(q, DEFAULT_TIER_THRESHOLDS).length === 0) return;
        for (const c of creators) expect(matches(q, c)).toBe(false);
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);

  // Rates are compared as the SQL compares them: as fractions (minEr / 100).
  it("reports one when the filters' own ranges exclude each other (random follower and rate bounds)", () => {
    fc.assert(
      fc.property(query, (q) => {
        const minAboveMax = (q.minFollowers !== undefined && q.maxFollowers !== undefined && q.minFollowers > q.maxFollowers) || (q.minEr !== undefined && q.maxEr !== undefined && q.minEr / 100 > q.maxEr / 100);
        if (minAboveMax) expect(filterConflicts(q).length).toBeGreaterThan(0);
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);
});
