// Figures of one post: engagements, engagement rates and earned media value. Pure.
import type { Platform } from "../types";
import { ENGAGEMENT_PARTS, POST_COUNTS, type EmvRateCard, type PostFigures } from "./types";

const known = (v: number | undefined): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * Likes + comments + shares + saves, over those the source gave; undefined when it gave none of
 * them. `parts` says which were counted, so a partial sum is never mistaken for a full one.
 */
export function postEngagements(p: PostFigures): { value: number | undefined; parts: string[] } {
  const parts = ENGAGEMENT_PARTS.filter((k) => known(p[k]));
  if (!parts.length) return { value: undefined, parts: [] };
  return { value: parts.reduce((s, k) => s + p[k]!, 0), parts };
}

/** a / b, undefined unless both are known, finite, and b > 0. Never 0 for a missing input, never Infinity. */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  if (!known(a) || !known(b) || !(b > 0)) return undefined;
  return a / b;
}

/**
 * Earned media value: Σ count × the rate card's value for the platform and metric, over the counts
 * the post has and the card values. Undefined when no valued count is known.
 */
export function postEmv(p: PostFigures, platform: Platform, card: EmvRateCard): number | undefined {
  const rates = card[platform] ?? {};
  let sum = 0;
  let any = false;
  for (const k of POST_COUNTS) {
    const rate = rates[k];
    const v = p[k];
    if (!known(rate) || !known(v)) continue;
    sum += v * rate;
    any = true;
  }
  return any ? sum : undefined;
}
