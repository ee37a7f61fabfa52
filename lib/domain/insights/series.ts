// The dashboard's chart series and tables, from the stored summary (pure). Each series says how many
// creators it is drawn from and which groups it leaves out as too small to mean anything.
import { ENGAGEMENT_BENCHMARKS } from "../benchmarks";
import { formatPercent, formatUnitCost } from "../format";
import { PLATFORMS, TIERS, type Platform, type Tier } from "../types";
import type { Count, InsightsSummary, TierStats } from "./summary";

/** A group with fewer measured creators than this is left out of medians and charts (and named). */
export const MIN_GROUP = 30;

export type Omitted = { label: string; n: number };

/** Creators per platform, stacked by tier: one row per platform that has creators. */
export function platformTierSeries(s: InsightsSummary): { rows: ({ platform: Platform; total: number } & Record<Tier, number>)[]; n: number } {
  const rows = PLATFORMS.map((platform) => {
    const row = { platform, total: 0, nano: 0, micro: 0, mid: 0, macro: 0, mega: 0 };
    for (const g of s.byPlatformTier) if (g.platform === platform) {
      row[g.tier] += g.count;
      row.total += g.count;
    }
    return row;
  }).filter((r) => r.total > 0);
  return { rows, n: rows.reduce((a, r) => a + r.total, 0) };
}

/** The biggest groups, and the share of all creators each holds. Groups under MIN_GROUP creators are left out, and counted. */
export function topCountSeries(counts: readonly Count[], total: number, limit = 10): { rows: (Count & { share: number })[]; omitted: Omitted[]; n: number } {
  const kept = counts.filter((c) => c.count >= MIN_GROUP).slice(0, limit);
  const omitted = counts.filter((c) => c.count < MIN_GROUP).map((c) => ({ label: c.key, n: c.count }));
  return { rows: kept.map((c) => ({ ...c, share: total > 0 ? c.count / total : 0 })), omitted, n: total };
}

/** Shares of the catalog whose metrics are older than 30, 90 and 180 days. */
export function freshnessSeries(s: InsightsSummary): { rows: { label: string; days: number; count: number; share: number }[]; n: number } {
  const n = s.creators;
  const f = s.freshness;
  return {
    n,
    rows: [
      { label: "Older than 30 days", days: 30, count: f.olderThan30, share: n ? f.olderThan30 / n : 0 },
      { label: "Older than 90 days", days: 90, count: f.olderThan90, share: n ? f.olderThan90 / n : 0 },
      { label: "Older than 180 days", days: 180, count: f.olderThan180, share: n ? f.olderThan180 / n : 0 },
    ],
  };
}

export type TierRow = TierStats & {
  benchmarkLow: number;
  benchmarkHigh: number;
  benchmarkSource: string;
  /** Where the median sits against the published band. */
  versusBenchmark: "below" | "within" | "above" | null;
  warningShare: number | null;
};

export type Claim = { holds: boolean | null; text: string };
export type PlatformComparison = {
  platform: Platform;
  rows: TierRow[];
  omitted: Omitted[];
  /** Creators the medians are drawn from (measured, in the groups shown). */
  n: number;
  implausible: number;
  unknownRate: number;
  claims: { engagesMore: Claim; cheaperPerEngagement: Claim };
};

// As the tables under the charts write them: "0.98%", "$1.02" (never "$1.020").
const pct = (x: number) => formatPercent(x, 2);
const money = (x: number) => formatUnitCost(x);

/** Micro against macro (and every tier beside them) for one platform, against the published benchmarks. */
export function platformComparison(s: InsightsSummary, platform: Platform, minGroup = MIN_GROUP): PlatformComparison {
  const groups = s.tierStats.filter((g) => g.platform === platform);
  const rows: TierRow[] = [];
  const omitted: Omitted[] = [];
  for (const tier of TIERS) {
    const g = groups.find((x) => x.tier === tier);
    if (!g || g.creators === 0) continue;
    if (g.measured < minGroup) {
      omitted.push({ label: tier, n: g.measured });
      continue;
    }
    const band = ENGAGEMENT_BENCHMARKS[platform][tier];
    const m = g.erMedian;
    rows.push({
      ...g, benchmarkLow: band.low, benchmarkHigh: band.high, benchmarkSource: band.source,
      versusBenchmark: m === null ? null : m < band.low ? "below" : m > band.high ? "above" : "within",
      warningShare: g.creators ? g.withWarnings / g.creators : null,
    });
  }
  const micro = rows.find((r) => r.tier === "micro");
  const macro = rows.find((r) => r.tier === "macro");
  return {
    platform, rows, omitted,
    n: rows.reduce((a, r) => a + r.measured, 0),
    implausible: groups.reduce((a, g) => a + g.implausible, 0),
    unknownRate: groups.reduce((a, g) => a + g.unknownRate, 0),
    claims: { engagesMore: engagesMore(micro, macro), cheaperPerEngagement: cheaper(micro, macro) },
  };
}

function engagesMore(micro?: TierRow, macro?: TierRow): Claim {
  if (!micro || !macro || micro.erMedian === null || macro.erMedian === null) return { holds: null, text: "Not enough measured micro and macro creators to compare engagement." };
  const holds = micro.erMedian > macro.erMedian;
  return {
    holds,
    text: holds
      ? `Micro engages more here: median ${pct(micro.erMedian)} against macro's ${pct(macro.erMedian)}.`
      : `Micro does not engage more here: median ${pct(micro.erMedian)} against macro's ${pct(macro.erMedian)}.`,
  };
}

function cheaper(micro?: TierRow, macro?: TierRow): Claim {
  if (!micro || !macro || micro.medianCpe === null || macro.medianCpe === null) return { holds: null, text: "Not enough priced micro and macro creators to compare cost per engagement." };
  const holds = micro.medianCpe < macro.medianCpe;
  return {
    holds,
    text: holds
      ? `Micro costs less per engagement here: median ${money(micro.medianCpe)} against macro's ${money(macro.medianCpe)} (estimated prices).`
      : `Micro does not cost less per engagement here: median ${money(micro.medianCpe)} against macro's ${money(macro.medianCpe)} (estimated prices).`,
  };
}

/** The platforms with at least one tier group large enough to show. */
export function comparablePlatforms(s: InsightsSummary, minGroup = MIN_GROUP): Platform[] {
  return PLATFORMS.filter((p) => s.tierStats.some((g) => g.platform === p && g.measured >= minGroup));
}

/** The engagement chart of one platform: median with its interquartile range and the benchmark band, in percent. */
export function engagementChartSeries(c: PlatformComparison): { tier: Tier; median: number; p25: number; p75: number; iqr: [number, number]; benchLow: number; benchHigh: number; n: number }[] {
  return c.rows
    .filter((r) => r.erMedian !== null && r.erP25 !== null && r.erP75 !== null)
    .map((r) => ({
      tier: r.tier, median: r.erMedian! * 100, p25: r.erP25! * 100, p75: r.erP75! * 100, iqr: [r.erP25! * 100, r.erP75! * 100] as [number, number],
      benchLow: r.benchmarkLow * 100, benchHigh: r.benchmarkHigh * 100, n: r.measured,
    }));
}

/** How old the summary is, for people: "computed 4 minutes ago". */
export function summaryAge(computedAt: string, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - new Date(computedAt).getTime()) / 60_000));
  if (minutes < 1) return "computed less than a minute ago";
  if (minutes < 60) return `computed ${minutes} minute${minutes === 1 ? "" : "s"} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `computed ${hours} hour${hours === 1 ? "" : "s"} ago`;
  return `computed ${Math.round(hours / 24)} days ago`;
}
