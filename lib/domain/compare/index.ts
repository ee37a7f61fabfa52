// Compare 2-6 creators side by side: rows with best values, the "what differs most" sentence and the
// chart series. Pure: lib/queries/compare.ts loads the creators, the page and the API show this.
import { buildRows } from "./rows";
import { whatDiffersMost } from "./summary";
import type { CompareBrief, CompareCreator, Comparison } from "./types";

export { bestIndexes } from "./best";
export { buildRows } from "./rows";
export { whatDiffersMost, formatRatio } from "./summary";
export { compareCharts, followerHistory, engagementAgainstBand, costPerEngagementSeries, type CompareCharts, type FollowerHistory, type EngagementBandPoint, type CpePoint } from "./series";
export * from "./types";

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 6;

export function buildComparison(creators: readonly CompareCreator[], brief: CompareBrief | null): Comparison {
  return {
    columns: creators.map((c) => ({ id: c.id, handle: c.handle, displayName: c.displayName, platform: c.platform, tier: c.tier, metricsAsOf: c.metricsAsOf })),
    rows: buildRows(creators, brief),
    summary: whatDiffersMost(creators),
    brief: brief ? { id: brief.id, name: brief.name } : null,
  };
}
