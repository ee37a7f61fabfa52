import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { percentileRank } from "@/lib/domain/engagement";
import { getEngagementPercentile } from "@/lib/queries/engagement-percentile";

// A platform/tier cell of our own ("other" + "mega") so rows from other test files don't mix in.
const PREFIX = "it_pct_";
const rates = [0.001, 0.002, 0.002, 0.004, 0.008, 0.016, 0.03];

describe("engagement percentile against the catalog", () => {
  beforeAll(async () => {
    await prisma.creator.createMany({
      data: [
        ...rates.map((r, i) => ({ platform: "other" as const, handle: `${PREFIX}${i}`, followers: 2_000_000, tier: "mega" as const, engagementRate: r, metricsAsOf: new Date() })),
        // Not rankable and not the same cell: neither may count.
        { platform: "other" as const, handle: `${PREFIX}implausible`, followers: 2_000_000, tier: "mega" as const, engagementRate: 0.9, engagementRankable: false, metricsAsOf: new Date() },
        { platform: "other" as const, handle: `${PREFIX}macro`, followers: 600_000, tier: "macro" as const, engagementRate: 0.5, metricsAsOf: new Date() },
      ],
    });
  });
  afterAll(async () => {
    await prisma.creator.deleteMany({ where: { handle: { startsWith: PREFIX } } });
  });

  it("matches the domain's mid-rank percentile over the same peers", async () => {
    const sorted = [...rates].sort((a, b) => a - b);
    for (const r of [0.0005, 0.002, 0.005, 0.03, 0.05]) {
      const result = await getEngagementPercentile("other", "mega", r);
      expect(result?.peers).toBe(rates.length);
      expect(result?.percentile).toBeCloseTo(percentileRank(r, sorted), 10);
    }
  });

  it("has nothing to say without a rate, or when the only peers are implausible", async () => {
    expect(await getEngagementPercentile("other", "mega", null)).toBeNull();
    await prisma.creator.create({
      data: { platform: "other", handle: `${PREFIX}lonely`, followers: 30_000, tier: "micro", engagementRate: 0.5, engagementRankable: false, metricsAsOf: new Date() },
    });
    expect(await getEngagementPercentile("other", "micro", 0.01)).toBeNull();
  });
});
