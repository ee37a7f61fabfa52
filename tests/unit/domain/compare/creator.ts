// A plain, fully known creator for compare tests; each test overrides what it is about.
import type { CompareCreator } from "@/lib/domain/compare";

export function creator(handle: string, over: Partial<CompareCreator> = {}): CompareCreator {
  return {
    id: `id_${handle}`,
    handle,
    displayName: null,
    platform: "instagram",
    tier: "micro",
    followers: 20_000,
    engagementRate: 0.01,
    engagementMethod: "followers",
    engagementRankable: true,
    expectedEngagements: 200,
    engagementScore: 60,
    authenticityScore: 90,
    authenticityConfidence: "high",
    authenticityFlags: [],
    priceLow: 100,
    priceHigh: 500,
    priceCurrency: "USD",
    priceSource: "estimate",
    costPerEngagement: 1.5,
    costScore: 40,
    followerGrowth30d: 0.02,
    niches: ["beauty"],
    bio: "Skincare and clean beauty",
    country: "US",
    language: "en",
    metricsAsOf: new Date("2026-11-01T00:00:00Z"),
    snapshots: [],
    ...over,
  };
}
