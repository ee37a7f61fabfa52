// Series for the profile's history charts and its tier-change list, from snapshots (pure).
import type { Tier } from "@/lib/domain/types";

export type SnapshotPoint = { capturedAt: Date | string; followers: number; engagementRate: number | null; tier: Tier };
export type HistoryPoint = { date: string; followers: number; erPercent: number | null };
export type TierChange = { date: string; from: Tier; to: Tier };

const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10);

/** Snapshots in date order, then the current metrics as the last point (unless a snapshot already has that date). */
function timeline(snapshots: readonly SnapshotPoint[], current: SnapshotPoint): SnapshotPoint[] {
  const all = [...snapshots].sort((a, b) => new Date(a.capturedAt).getTime() - new Date(b.capturedAt).getTime());
  if (!all.some((s) => day(s.capturedAt) === day(current.capturedAt))) all.push(current);
  return all;
}

/** The timeline's points, engagement converted from a fraction to percent, rounded to 2 decimals. */
export function historySeries(snapshots: readonly SnapshotPoint[], current: SnapshotPoint): HistoryPoint[] {
  return timeline(snapshots, current).map((s) => ({
    date: day(s.capturedAt),
    followers: s.followers,
    erPercent: s.engagementRate === null ? null : Math.round(s.engagementRate * 10_000) / 100,
  }));
}

/** Each point of the timeline where the tier differs from the previous point's. */
export function tierChanges(snapshots: readonly SnapshotPoint[], current: SnapshotPoint): TierChange[] {
  const all = timeline(snapshots, current);
  const out: TierChange[] = [];
  for (let i = 1; i < all.length; i++) {
    if (all[i]!.tier !== all[i - 1]!.tier) out.push({ date: day(all[i]!.capturedAt), from: all[i - 1]!.tier, to: all[i]!.tier });
  }
  return out;
}
