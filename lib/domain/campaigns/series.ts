// The series the report's charts draw (components stay thin). Pure.
import type { CampaignReport } from "./report";

export type TimelinePoint = { day: string; actual: number; planned: number | undefined; posts: number };

/**
 * Cumulative engagements by day of posting (posts without a date or without engagements are left
 * out and counted), against the plan: the predicted engagements of every planned post spread
 * evenly from the first to the last day of the campaign.
 */
export function engagementTimeline(report: CampaignReport, startsOn: Date, endsOn: Date | undefined): { points: TimelinePoint[]; undated: number } {
  const perDay = new Map<string, { eng: number; posts: number }>();
  let undated = 0;
  for (const c of report.creators)
    for (const p of c.posts) {
      if (p.engagements === undefined) continue;
      if (!p.postedAt) {
        undated++;
        continue;
      }
      const day = p.postedAt.toISOString().slice(0, 10);
      const d = perDay.get(day) ?? { eng: 0, posts: 0 };
      d.eng += p.engagements;
      d.posts++;
      perDay.set(day, d);
    }
  const predictedTotal = report.creators.reduce((s, c) => s + (c.creator.predictedEngagementsPerPost ?? 0) * c.creator.postsPlanned, 0);
  const start = startsOn.getTime();
  const end = (endsOn ?? startsOn).getTime();
  const span = Math.max(end - start, 0);
  const days = new Set(perDay.keys());
  days.add(startsOn.toISOString().slice(0, 10));
  if (endsOn) days.add(endsOn.toISOString().slice(0, 10));
  let cum = 0;
  let posts = 0;
  const points = [...days].sort().map((day) => {
    const d = perDay.get(day);
    cum += d?.eng ?? 0;
    posts += d?.posts ?? 0;
    const t = Date.parse(`${day}T00:00:00Z`);
    const share = span === 0 ? (t >= start ? 1 : 0) : Math.min(1, Math.max(0, (t - start) / span));
    return { day, actual: cum, planned: predictedTotal > 0 ? predictedTotal * share : undefined, posts };
  });
  return { points, undated };
}

export type CreatorBar = { handle: string; actual: number | undefined; predicted: number | undefined; postsIn: number; postsPlanned: number };

/** Engagements per creator, actual (posts in) against predicted for those same posts. */
export function actualVsPredicted(report: CampaignReport): CreatorBar[] {
  return report.creators.map((c) => {
    const p = c.sums.pairs.engagementsVsPredicted;
    return {
      handle: c.creator.handle,
      actual: c.figures.engagements,
      predicted: p[1] > 0 ? p[1] : undefined,
      postsIn: c.figures.posts,
      postsPlanned: c.figures.postsPlanned,
    };
  });
}

/** Whether values span enough orders of magnitude for a log axis (max / min positive > 100). */
export function wantsLogScale(values: readonly (number | undefined)[]): boolean {
  const pos = values.filter((v): v is number => typeof v === "number" && v > 0);
  if (pos.length < 2) return false;
  return Math.max(...pos) / Math.min(...pos) > 100;
}
