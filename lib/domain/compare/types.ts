// What the compare view reads about each creator, and what it produces: rows of cells, one per creator.
import type { BrandBrief, FitReason } from "../fit";
import type { ScoreBreakdownRow } from "../score";
import type { CreatorRow } from "../creator-row";
import type { EngagementBand, Platform, Tier } from "../types";

export type CompareSnapshot = { capturedAt: Date | string; followers: number };

/** The creator row (../creator-row.ts) with what compare reads besides. */
export type CompareCreator = Omit<CreatorRow, "metricsAsOf"> & {
  authenticityConfidence: string | null;
  /** From snapshots (lib/domain/growth.ts); absent where the caller did not load them: unknown. */
  followerGrowth90d?: number | null;
  engagementTrend90d?: number | null;
  bio: string | null;
  /** A Date on the server, its ISO string once sent to the page. */
  metricsAsOf: Date | string;
  snapshots: CompareSnapshot[];
};

export type CompareBrief = { id: string; name: string; brief: BrandBrief };

export const COMPARE_ROW_KEYS = [
  "followers", "engagementRate", "expectedEngagements", "authenticity", "price", "cpe", "cpm", "growth", "growth90", "engagementTrend", "fit", "score",
] as const;
export type CompareRowKey = (typeof COMPARE_ROW_KEYS)[number];

/** Which way is better: higher, except the cost rows. */
export type Better = "higher" | "lower";

export type CompareCell = {
  /** The figure compared; null when unknown (shown as "—", never as 0). */
  value: number | null;
  /** The figure for people ("12.4K", "3.1%", "$450"); "—" when unknown. */
  text: string;
  /** Why the value is unknown (the "—"'s title). */
  unknown?: string;
  /** Why a known value takes no part in the best-value contest (an implausible rate, another currency). */
  excluded?: string;
  /** Detail lines: method, band, reasons, breakdown. */
  notes: string[];
  tier?: Tier;
  band?: EngagementBand;
  priceSource?: "imported" | "estimate";
  fitReasons?: FitReason[];
  breakdown?: ScoreBreakdownRow[];
};

export type CompareRow = {
  key: CompareRowKey;
  label: string;
  /** How the row is computed, in a sentence. */
  how: string;
  better: Better;
  cells: CompareCell[];
  /** Column indexes holding the best value (empty when fewer than 2 values are comparable). */
  best: number[];
  /** Why the row has no highlight although values are known (mixed methods or currencies). */
  note?: string;
};

/** metricsAsOf: when the creator's metrics were measured (a stale mark reads it). */
export type CompareColumn = { id: string; handle: string; displayName: string | null; platform: Platform; tier: Tier; metricsAsOf: Date | string };

export type Comparison = {
  columns: CompareColumn[];
  rows: CompareRow[];
  /** One sentence: what differs most between these creators. */
  summary: string;
  brief: { id: string; name: string } | null;
};
