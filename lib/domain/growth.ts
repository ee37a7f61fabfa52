// Growth and engagement trend from a creator's snapshots (pure). A figure "over N days" compares
// the current metrics with the snapshot taken closest to N days before them, among snapshots
// between 0.8·N and 2·N days older: a 28-day-old snapshot serves for 30 days, a 92-day-old one
// for 90, and a snapshot from a year ago serves for neither (unknown, never a guess).

export type GrowthPoint = { capturedAt: Date | string; followers: number; engagementRate: number | null };
export type Growth = { followerGrowth30d: number | null; followerGrowth90d: number | null; engagementTrend90d: number | null };

const DAY = 86_400_000;
export const GROWTH_WINDOW = { minFactor: 0.8, maxFactor: 2 } as const;

const time = (d: Date | string) => new Date(d).getTime();

/** The snapshot to compare with for a window of `days` before `asOf`, or null when none is near enough. */
export function baselineFor(snapshots: readonly GrowthPoint[], asOf: Date | string, days: number): GrowthPoint | null {
  const now = time(asOf);
  let best: GrowthPoint | null = null;
  let bestDistance = Infinity;
  for (const s of snapshots) {
    const age = (now - time(s.capturedAt)) / DAY;
    if (age < days * GROWTH_WINDOW.minFactor || age > days * GROWTH_WINDOW.maxFactor) continue;
    const distance = Math.abs(age - days);
    // On a tie, the older snapshot: the window is "at least about N days".
    if (distance < bestDistance || (distance === bestDistance && best && time(s.capturedAt) < time(best.capturedAt))) {
      best = s;
      bestDistance = distance;
    }
  }
  return best;
}

/** Relative change from `before` to `now` (0.25 = +25%); null when either is unknown or `before` is 0. */
export function relativeChange(before: number | null | undefined, now: number | null | undefined): number | null {
  if (before === null || before === undefined || now === null || now === undefined) return null;
  if (!Number.isFinite(before) || !Number.isFinite(now) || before <= 0) return null;
  return now / before - 1;
}

/** Follower growth over 30 and 90 days and the engagement rate's change over 90 days, against the current metrics. */
export function computeGrowth(snapshots: readonly GrowthPoint[], current: GrowthPoint): Growth {
  const b30 = baselineFor(snapshots, current.capturedAt, 30);
  const b90 = baselineFor(snapshots, current.capturedAt, 90);
  return {
    followerGrowth30d: b30 ? relativeChange(b30.followers, current.followers) : null,
    followerGrowth90d: b90 ? relativeChange(b90.followers, current.followers) : null,
    engagementTrend90d: b90 ? relativeChange(b90.engagementRate, current.engagementRate) : null,
  };
}
