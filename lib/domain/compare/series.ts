// Series the compare charts draw, from the same creators as the rows. Pure; the chart components
// only draw what these return.
import { ENGAGEMENT_BENCHMARKS } from "../engagement";
import { mainCurrency } from "./money";
import type { CompareCreator } from "./types";
import { formatHandle } from "@/lib/domain/handles";

const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10);
const pct = (fraction: number) => Math.round(fraction * 10_000) / 100;

/** recharts data keys: one per column, so handles never have to be valid keys. */
export const seriesKey = (i: number) => `c${i}`;

export type FollowerHistory = {
  /** One point per date any creator was measured; a creator without a figure that day has none. */
  data: ({ date: string } & Record<string, number | string>)[];
  lines: { key: string; label: string }[];
};

/** Snapshots plus the current figure (unless a snapshot has that day), overlaid on one date axis. */
export function followerHistory(creators: readonly CompareCreator[]): FollowerHistory {
  const byDate = new Map<string, Record<string, number>>();
  creators.forEach((c, i) => {
    const points = [...c.snapshots, { capturedAt: c.metricsAsOf, followers: c.followers }];
    for (const p of points) {
      const d = day(p.capturedAt);
      const row = byDate.get(d) ?? {};
      // The current figure is last, so on a shared day it wins over an older snapshot.
      row[seriesKey(i)] = p.followers;
      byDate.set(d, row);
    }
  });
  const data = [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, values]) => ({ date, ...values }));
  return { data, lines: creators.map((c, i) => ({ key: seriesKey(i), label: formatHandle(c.handle) })) };
}

export type EngagementBandPoint = {
  label: string;
  /** Percent (3.12 = 3.12%); null when unknown. */
  ratePercent: number | null;
  /** The tier's benchmark band in percent, [low, high]: recharts draws it as a floating bar. */
  band: [number, number];
  note: string | null;
};

export function engagementAgainstBand(creators: readonly CompareCreator[]): EngagementBandPoint[] {
  return creators.map((c) => {
    const b = ENGAGEMENT_BENCHMARKS[c.platform][c.tier];
    const known = typeof c.engagementRate === "number" && Number.isFinite(c.engagementRate);
    const note = !known ? "rate unknown" : c.engagementMethod === "views" ? "measured by views" : !c.engagementRankable ? "implausible figure" : null;
    return { label: formatHandle(c.handle), ratePercent: known ? pct(c.engagementRate!) : null, band: [pct(b.low), pct(b.high)], note };
  });
}

export type CpePoint = { label: string; cpe: number | null; note: string | null };

/** Cost per engagement in the main currency; a creator priced in another, or without CPE, has no bar. */
export function costPerEngagementSeries(creators: readonly CompareCreator[]): { currency: string | null; points: CpePoint[] } {
  const currency = mainCurrency(creators);
  const points = creators.map((c) => {
    const known = typeof c.costPerEngagement === "number" && Number.isFinite(c.costPerEngagement);
    if (!known) return { label: formatHandle(c.handle), cpe: null, note: "CPE unknown" };
    if (c.priceCurrency !== currency) return { label: formatHandle(c.handle), cpe: null, note: `priced in ${c.priceCurrency}` };
    return { label: formatHandle(c.handle), cpe: c.costPerEngagement, note: c.engagementRankable ? null : "implausible engagement figure" };
  });
  return { currency, points };
}

export type CompareCharts = {
  followerHistory: FollowerHistory;
  engagement: EngagementBandPoint[];
  cpe: ReturnType<typeof costPerEngagementSeries>;
};

/** Every chart's series at once, for the page and the API. */
export function compareCharts(creators: readonly CompareCreator[]): CompareCharts {
  return { followerHistory: followerHistory(creators), engagement: engagementAgainstBand(creators), cpe: costPerEngagementSeries(creators) };
}
