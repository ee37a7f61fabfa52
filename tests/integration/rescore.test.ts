import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { classifyTier, DEFAULT_TIER_THRESHOLDS } from "@/lib/domain/tiers";
import { rescoreCatalog } from "@/lib/queries/rescore";
import { getTierThresholds, saveTierThresholds } from "@/lib/queries/settings";

const PREFIX = "it_rescore_";
const followers = [9_999, 10_000, 50_000, 75_000, 100_000, 100_001, 500_000, 1_000_001];

describe("changing tier thresholds re-tiers the catalog", () => {
  afterAll(async () => {
    await saveTierThresholds({ ...DEFAULT_TIER_THRESHOLDS }, "test");
    await rescoreCatalog({ ...DEFAULT_TIER_THRESHOLDS });
    await prisma.creator.deleteMany({ where: { handle: { startsWith: PREFIX } } });
  });

  it("stores the new thresholds and moves creators to the tier the domain function gives", async () => {
    await prisma.creator.createMany({
      data: followers.map((f) => ({
        platform: "instagram" as const, handle: `${PREFIX}${f}`, followers: f, avgLikes: Math.round(f * 0.02), avgComments: 10,
        tier: classifyTier(f), metricsAsOf: new Date(),
      })),
    });
    const wide = { microMin: 10_000, microMax: 100_000, macroMin: 500_000, macroMax: 1_000_000 };
    await saveTierThresholds(wide, "test");
    expect(await getTierThresholds()).toEqual(wide);

    const result = await rescoreCatalog(wide);
    expect(result.rescored).toBeGreaterThanOrEqual(followers.length);
    const rows = await prisma.creator.findMany({ where: { handle: { startsWith: PREFIX } }, select: { followers: true, tier: true, engagementRate: true, priceLow: true } });
    for (const r of rows) {
      expect(r.tier).toBe(classifyTier(r.followers, wide));
      expect(r.engagementRate).toBeCloseTo((Math.round(r.followers * 0.02) + 10) / r.followers, 10);
    }
    const byFollowers = Object.fromEntries(rows.map((r) => [r.followers, r.tier]));
    expect(byFollowers[75_000]).toBe("micro"); // was mid under the defaults
    expect(byFollowers[100_001]).toBe("mid");
    // The estimated price follows the audience, not the tier: a new threshold leaves it where it was
    // ($500 at 50K and $1,000 at 100K on Instagram, so $750 at 75K, the range ±50%).
    expect(Number(rows.find((r) => r.followers === 75_000)!.priceLow)).toBe(375);
  });
});
