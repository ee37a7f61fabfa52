// Authenticity: start at 100 and subtract explained penalties for signals of bought followers,
// engagement pods or giveaways. Heuristics, not proof; every deduction comes with a flag. With no
// signal at all there is nothing to start from: the score is unknown (null), never a clean 100.
import type { Platform } from "./types";
import { classifyTier, DEFAULT_TIER_THRESHOLDS, type TierThresholds } from "./tiers";
import { ENGAGEMENT_BENCHMARKS } from "./engagement";

export const AUTHENTICITY_FLAGS = {
  engagement_far_below_norm: {
    penalty: 30,
    message: "Engagement is under a third of the tier's typical low; many followers may be inactive or bought.",
  },
  engagement_far_above_norm: {
    penalty: 20,
    message: "Engagement is over 3x the tier's typical high; engagement pods or giveaways are likely.",
  },
  following_exceeds_followers: {
    penalty: 20,
    message: "Follows more accounts than follow it (follow-for-follow growth).",
  },
  following_ratio_high: {
    penalty: 15,
    message: "Follows over 5,000 accounts and more than half as many as its followers.",
  },
  follower_spike_engagement_drop: {
    penalty: 30,
    message: "Followers jumped by over 40% in under 30 days while engagement rate fell by over 40%.",
  },
  follower_spike_unverified: {
    penalty: 10,
    message: "Followers jumped by over 40% in under 30 days; no engagement data to confirm the growth is real.",
  },
  comment_ratio_low: {
    penalty: 15,
    message: "Comments are under 0.2% of likes; likes may be bought.",
  },
  comment_ratio_high: {
    penalty: 15,
    message: "Comments are over 50% of likes; comment pods or giveaways are likely.",
  },
  no_posts: {
    penalty: 25,
    message: "No posts but over 1,000 followers.",
  },
} as const;
export type AuthenticityFlagCode = keyof typeof AUTHENTICITY_FLAGS;
export const AUTHENTICITY_FLAG_CODES = Object.keys(AUTHENTICITY_FLAGS) as AuthenticityFlagCode[];

/** Thresholds used by assessAuthenticity (exported for docs and SQL). */
export const AUTHENTICITY_RULES = Object.freeze({
  engagementBelowFactor: 1 / 3, // rate < band.low / 3
  engagementAboveFactor: 3, // rate > band.high * 3
  followingCheckMinFollowers: 5_000, // following > followers only checked above this
  followingAbsoluteMax: 5_000, // following > 5,000 ...
  followingRatioMax: 0.5, // ... and following / followers > 0.5
  spikeGrowth: 0.4, // +40% followers ...
  spikeWindowDays: 30, // ... in under 30 days
  spikeEngagementDrop: 0.4, // engagement rate fell by > 40%
  commentRatioMin: 0.002, // comments / likes < 0.2%
  commentRatioMinLikes: 500, // only checked when likes >= 500 (0 comments on 50 likes is normal)
  commentRatioMax: 0.5, // comments / likes > 50%
  commentRatioMaxMinLikes: 20,
  noPostsMinFollowers: 1_000,
});

export type AuthenticityInput = {
  platform: Platform;
  followers: number;
  following?: number | null;
  posts?: number | null;
  avgLikes?: number | null;
  avgComments?: number | null;
  engagementRate?: number | null;
  snapshots?: { at: Date; followers: number; engagementRate?: number | null }[];
};

export type AuthenticityFlag = { code: AuthenticityFlagCode; message: string; penalty: number };
export type AuthenticityResult = {
  /** null when no signal group had data: unknown, not clean (the overall score then uses its prior). */
  score: number | null;
  confidence: "low" | "medium" | "high";
  flags: AuthenticityFlag[];
  /** Which of the 5 signal groups had data. */
  signals: { engagement: boolean; following: boolean; growth: boolean; commentRatio: boolean; posts: boolean };
};

const num = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n) && n >= 0;
const DAY_MS = 86_400_000;

export function assessAuthenticity(input: AuthenticityInput, t: TierThresholds = DEFAULT_TIER_THRESHOLDS): AuthenticityResult {
  const R = AUTHENTICITY_RULES;
  const flags: AuthenticityFlag[] = [];
  const add = (code: AuthenticityFlagCode, detail?: string) => {
    const f = AUTHENTICITY_FLAGS[code];
    flags.push({ code, message: detail ? `${f.message} (${detail})` : f.message, penalty: f.penalty });
  };
  const followers = num(input.followers) ? input.followers : 0;
  const tier = classifyTier(followers, t);
  const likes = num(input.avgLikes) ? input.avgLikes : null;
  const comments = num(input.avgComments) ? input.avgComments : null;

  // 1. Engagement against the tier norm.
  let rate: number | null = num(input.engagementRate) ? input.engagementRate : null;
  if (rate === null && likes !== null && followers > 0) rate = (likes + (comments ?? 0)) / followers;
  const hasEngagement = rate !== null && followers > 0;
  if (hasEngagement && rate !== null) {
    const band = ENGAGEMENT_BENCHMARKS[input.platform][tier];
    const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
    if (rate < band.low * R.engagementBelowFactor) add("engagement_far_below_norm", `${pct(rate)} vs typical ${pct(band.low)}-${pct(band.high)}`);
    else if (rate > band.high * R.engagementAboveFactor) add("engagement_far_above_norm", `${pct(rate)} vs typical ${pct(band.low)}-${pct(band.high)}`);
  }

  // 2. Following / followers.
  const hasFollowing = num(input.following);
  if (num(input.following)) {
    const following = input.following;
    if (followers > R.followingCheckMinFollowers && following > followers) add("following_exceeds_followers", `${following} following, ${followers} followers`);
    else if (following > R.followingAbsoluteMax && followers > 0 && following / followers > R.followingRatioMax) add("following_ratio_high", `${following} following, ${followers} followers`);
  }

  // 3. Follower spikes between consecutive snapshots.
  const snaps = (input.snapshots ?? [])
    .filter((s) => s.at instanceof Date && Number.isFinite(s.at.getTime()) && num(s.followers))
    .slice()
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const hasGrowth = snaps.length >= 2;
  let spikeFlagged = false;
  for (let i = 1; i < snaps.length && !spikeFlagged; i++) {
    const a = snaps[i - 1]!;
    const b = snaps[i]!;
    const days = (b.at.getTime() - a.at.getTime()) / DAY_MS;
    if (a.followers <= 0 || days >= R.spikeWindowDays) continue;
    const growth = (b.followers - a.followers) / a.followers;
    if (growth <= R.spikeGrowth) continue;
    const detail = `+${Math.round(growth * 100)}% in ${Math.round(days)} days`;
    if (num(a.engagementRate) && num(b.engagementRate)) {
      if (a.engagementRate > 0 && (a.engagementRate - b.engagementRate) / a.engagementRate > R.spikeEngagementDrop) {
        add("follower_spike_engagement_drop", detail);
        spikeFlagged = true;
      }
    } else {
      add("follower_spike_unverified", detail);
      spikeFlagged = true;
    }
  }

  // 4. Comments / likes.
  const hasCommentRatio = likes !== null && comments !== null && likes > 0;
  if (likes !== null && comments !== null && likes > 0) {
    const ratio = comments / likes;
    if (likes >= R.commentRatioMinLikes && ratio < R.commentRatioMin) add("comment_ratio_low", `${comments} comments on ${likes} likes`);
    else if (likes >= R.commentRatioMaxMinLikes && ratio > R.commentRatioMax) add("comment_ratio_high", `${comments} comments on ${likes} likes`);
  }

  // 5. Posts.
  const hasPosts = num(input.posts);
  if (num(input.posts) && input.posts === 0 && followers > R.noPostsMinFollowers) add("no_posts");

  const penalty = flags.reduce((s, f) => s + f.penalty, 0);
  const signals = { engagement: hasEngagement, following: hasFollowing, growth: hasGrowth, commentRatio: hasCommentRatio, posts: hasPosts };
  const count = Object.values(signals).filter(Boolean).length;
  const confidence = count >= 4 ? "high" : count >= 2 ? "medium" : "low";
  const score = count === 0 ? null : Math.max(0, Math.min(100, Math.round(100 - penalty)));
  return { score, confidence, flags, signals };
}
