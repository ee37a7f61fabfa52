// The dashboard's catalog summary: what the background job stores (lib/queries/insights-summary.ts)
// and the page reads. Plain JSON, so it survives the database and crosses into client components.
import type { Platform, Tier } from "../types";

/** One platform × tier group of the micro-against-macro comparison. Medians leave out implausible rates. */
export type TierStats = {
  platform: Platform;
  tier: Tier;
  /** Creators in the group. */
  creators: number;
  /** Engagement rate over 100%, or flagged implausible: left out of every median below. */
  implausible: number;
  /** No engagement rate known: left out too. */
  unknownRate: number;
  /** Creators the medians are drawn from (creators − implausible − unknownRate). */
  measured: number;
  erP25: number | null;
  erMedian: number | null;
  erP75: number | null;
  medianEngagements: number | null;
  medianPrice: number | null;
  medianCpe: number | null;
  /** Creators with at least one authenticity warning (of all creators in the group). */
  withWarnings: number;
};

export type Count = { key: string; count: number };
export type Mover = { creatorId: string; handle: string; platform: Platform; before: number; after: number };
export type TierMove = { creatorId: string; handle: string; platform: Platform; fromTier: Tier; toTier: Tier; followers: number };

export type InsightsSummary = {
  computedAt: string;
  creators: number;
  byPlatformTier: { platform: Platform; tier: Tier; count: number }[];
  niches: Count[];
  countries: Count[];
  /** Creators whose metrics are older than 30, 90 and 180 days (at computedAt). */
  freshness: { olderThan30: number; olderThan90: number; olderThan180: number };
  tierStats: TierStats[];
  lastImport: null | {
    id: string; fileName: string; finishedAt: string | null; asOf: string | null;
    growers: Mover[]; tierChanges: TierMove[]; tierChangeCount: number; authenticityDrops: Mover[]; authenticityDropCount: number;
  };
};
