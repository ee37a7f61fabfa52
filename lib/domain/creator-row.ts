// One creator as the catalog stores it for reading: the fields that search results, compare and the
// planner all show. Each view is this row, picked or extended (lib/queries/search/types.ts SearchRow,
// lib/domain/compare/types.ts CompareCreator, lib/domain/plan/pool.ts PlanCreator), so a field is
// named and typed once.
import type { EngagementMethod, Platform, Tier } from "./types";

export type CreatorRow = {
  id: string;
  platform: Platform;
  handle: string;
  displayName: string | null;
  country: string | null;
  language: string | null;
  niches: string[];
  followers: number;
  tier: Tier;
  /** Fraction (0.0139 = 1.39%); null when unknown. */
  engagementRate: number | null;
  engagementMethod: EngagementMethod | null;
  /** false when the rate is implausible: shown, but never ranked or the best of a row. */
  engagementRankable: boolean;
  /** Likes + comments per post; null when unknown. */
  expectedEngagements: number | null;
  engagementScore: number | null;
  authenticityScore: number | null;
  authenticityFlags: { code: string; message: string; penalty: number }[];
  priceLow: number | null;
  priceHigh: number | null;
  priceCurrency: string;
  priceSource: "imported" | "estimate";
  costPerEngagement: number | null;
  costScore: number | null;
  /** From dated snapshots (lib/domain/growth.ts); null when there is no baseline: unknown. */
  followerGrowth30d: number | null;
  metricsAsOf: Date;
};
