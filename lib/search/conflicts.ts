// Filter sets no creator can match, found before any SQL (pure): a minimum above its maximum,
// tiers whose follower ranges miss the follower bounds, engagement bands whose rate ranges miss the
// engagement bounds. Such a search answers at once with an empty page and a note naming the
// filters (docs/search.md). Only logic is checked here, never data: `country=TR&language=pt` is a
// valid search that happens to match nobody in a catalog, and the database says so.
import { ENGAGEMENT_BENCHMARKS, VERY_HIGH_MULTIPLE } from "@/lib/domain/engagement";
import { formatInteger } from "@/lib/domain/format";
import { DEFAULT_TIER_THRESHOLDS, TIER_LABELS, tierBounds, type TierThresholds } from "@/lib/domain/tiers";
import { PLATFORMS, TIERS, type EngagementBand, type Platform, type Tier } from "@/lib/domain/types";

/** The filters of a search that conflicts check reads (a SearchQuery has them all). */
export type ConflictInput = {
  platform?: Platform[];
  tier?: Tier[];
  minFollowers?: number;
  maxFollowers?: number;
  /** Percent. */
  minEr?: number;
  maxEr?: number;
  band?: EngagementBand[];
};

export type FilterConflict = { filters: (keyof ConflictInput)[]; message: string };

const pctText = (x: number) => `${Math.round(x * 10_000) / 100}%`;

/** The engagement-rate interval (fractions) of a band for one platform and tier; bounds open or closed. */
function bandInterval(band: EngagementBand, platform: Platform, tier: Tier): { lo: number; loOpen: boolean; hi: number; hiOpen: boolean } {
  const { low, high } = ENGAGEMENT_BENCHMARKS[platform][tier];
  switch (band) {
    case "low":
      return { lo: -Infinity, loOpen: true, hi: low, hiOpen: true };
    case "average":
      return { lo: low, loOpen: false, hi: high, hiOpen: false };
    case "high":
      return { lo: high, loOpen: true, hi: VERY_HIGH_MULTIPLE * high, hiOpen: false };
    case "very_high":
      return { lo: VERY_HIGH_MULTIPLE * high, loOpen: true, hi: Infinity, hiOpen: true };
  }
}

/** True when [min, max] (closed; either may be absent) meets the band's interval. */
function meets(i: ReturnType<typeof bandInterval>, min: number | undefined, max: number | undefined): boolean {
  const lo = min ?? -Infinity;
  const hi = max ?? Infinity;
  const aboveLo = i.loOpen ? hi > i.lo : hi >= i.lo;
  const belowHi = i.hiOpen ? lo < i.hi : lo <= i.hi;
  return aboveLo && belowHi;
}

/**
 * Every conflict among the filters, in a fixed order. Empty when some creator could match as far
 * as the filters' own logic goes. `thresholds`: the workspace's tier thresholds (stored tiers follow
 * them, lib/queries/rescore.ts).
 */
export function filterConflicts(q: ConflictInput, thresholds: TierThresholds = DEFAULT_TIER_THRESHOLDS): FilterConflict[] {
  const out: FilterConflict[] = [];
  const { minFollowers: minF, maxFollowers: maxF } = q;
  if (minF !== undefined && maxF !== undefined && minF > maxF) {
    out.push({ filters: ["minFollowers", "maxFollowers"], message: `The minimum followers (${formatInteger(minF)}) is above the maximum (${formatInteger(maxF)}).` });
  }
  const minEr = q.minEr === undefined ? undefined : q.minEr / 100;
  const maxEr = q.maxEr === undefined ? undefined : q.maxEr / 100;
  if (minEr !== undefined && maxEr !== undefined && minEr > maxEr) {
    out.push({ filters: ["minEr", "maxEr"], message: `The minimum engagement (${pctText(minEr)}) is above the maximum (${pctText(maxEr)}).` });
  }
  if (out.length) return out;

  // Tiers a creator within the follower bounds can be in.
  const tiers = (q.tier?.length ? q.tier : TIERS).filter((t) => {
    const { min, max } = tierBounds(t, thresholds);
    return (maxF === undefined || min <= maxF) && (minF === undefined || max === null || max >= minF);
  });
  if (q.tier?.length && tiers.length === 0) {
    const bounds = [minF !== undefined ? `at least ${formatInteger(minF)}` : null, maxF !== undefined ? `at most ${formatInteger(maxF)}` : null].filter(Boolean).join(" and ");
    const ranges = q.tier.map((t) => {
      const { min, max } = tierBounds(t, thresholds);
      return `${TIER_LABELS[t]} is ${formatInteger(min)}${max === null ? "+" : `-${formatInteger(max)}`}`;
    });
    out.push({
      filters: ["tier", ...(minF !== undefined ? (["minFollowers"] as const) : []), ...(maxF !== undefined ? (["maxFollowers"] as const) : [])],
      message: `No tier chosen fits ${bounds} followers (${ranges.join("; ")}).`,
    });
    return out;
  }

  if (q.band?.length && (minEr !== undefined || maxEr !== undefined)) {
    const platforms = q.platform?.length ? q.platform : PLATFORMS;
    const possible = q.band.some((b) => platforms.some((p) => tiers.some((t) => meets(bandInterval(b, p, t), minEr, maxEr))));
    if (!possible) {
      out.push({
        filters: ["band", ...(minEr !== undefined ? (["minEr"] as const) : []), ...(maxEr !== undefined ? (["maxEr"] as const) : [])],
        message: `The engagement band${q.band.length > 1 ? "s" : ""} chosen cannot hold a rate ${[
          minEr !== undefined ? `of at least ${pctText(minEr)}` : null,
          maxEr !== undefined ? `of at most ${pctText(maxEr)}` : null,
        ].filter(Boolean).join(" and ")} for the platforms and tiers chosen.`,
      });
    }
  }
  return out;
}
