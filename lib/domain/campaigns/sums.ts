// Additive sums behind every figure of a campaign report. A creator's sums are built from its posts;
// a tier's and the campaign's are the element-wise sum of their creators' (so totals always equal
// the sum of their parts), and every ratio is derived from sums at the end. Pure.
import { POST_METRICS, type CampaignCreatorInput, type EmvRateCard, type PostMetric, type PostResult } from "./types";
import { postEmv, postEngagements } from "./post";

/** Σ of a quantity over the posts that have it, and how many posts that is. */
export type Known = { sum: number; posts: number };
const K0 = (): Known => ({ sum: 0, posts: 0 });

export type Sums = {
  creators: number;
  posts: number;
  postsPlanned: number;
  /** Σ fees over the creators with an agreed fee, and how many creators that is. */
  fee: Known;
  metrics: Record<PostMetric | "engagements" | "emv", Known>;
  /** Numerator and denominator pairs: each only over the creators (or posts) that have both. */
  pairs: {
    costPerEngagement: [number, number];
    costPerView: [number, number];
    costPerClick: [number, number];
    revenuePerCost: [number, number];
    engagementsPerFollower: [number, number];
    engagementsPerView: [number, number];
    engagementsVsPredicted: [number, number];
    viewsVsPredictedReach: [number, number];
    /** Predicted cost per engagement: Σ fee ÷ Σ predicted engagements × posts planned. */
    predictedCostPerEngagement: [number, number];
  };
};

type PairKey = keyof Sums["pairs"];
const PAIR_KEYS: PairKey[] = [
  "costPerEngagement", "costPerView", "costPerClick", "revenuePerCost", "engagementsPerFollower",
  "engagementsPerView", "engagementsVsPredicted", "viewsVsPredictedReach", "predictedCostPerEngagement",
];

export function emptySums(): Sums {
  const metrics = Object.fromEntries([...POST_METRICS, "engagements", "emv"].map((k) => [k, K0()])) as Sums["metrics"];
  const pairs = Object.fromEntries(PAIR_KEYS.map((k) => [k, [0, 0]])) as unknown as Sums["pairs"];
  return { creators: 0, posts: 0, postsPlanned: 0, fee: K0(), metrics, pairs };
}

const has = (v: number | undefined): v is number => typeof v === "number" && Number.isFinite(v);

/** One creator's sums from its posts (the posts given must be this creator's). */
export function creatorSums(c: CampaignCreatorInput, posts: readonly PostResult[], card: EmvRateCard): Sums {
  const s = emptySums();
  s.creators = 1;
  s.posts = posts.length;
  s.postsPlanned = Math.max(0, c.postsPlanned);
  if (has(c.fee)) s.fee = { sum: c.fee, posts: 1 };
  for (const p of posts) {
    const add = (k: keyof Sums["metrics"], v: number | undefined) => {
      if (!has(v)) return;
      s.metrics[k].sum += v;
      s.metrics[k].posts += 1;
    };
    for (const k of POST_METRICS) add(k, p[k]);
    const eng = postEngagements(p).value;
    add("engagements", eng);
    add("emv", postEmv(p, c.platform, card));
    if (has(eng) && has(c.followers) && c.followers > 0) pair(s, "engagementsPerFollower", eng, c.followers);
    if (has(eng) && has(p.views) && p.views > 0) pair(s, "engagementsPerView", eng, p.views);
    if (has(eng) && has(c.predictedEngagementsPerPost) && c.predictedEngagementsPerPost > 0) pair(s, "engagementsVsPredicted", eng, c.predictedEngagementsPerPost);
    if (has(p.views) && has(c.predictedReachPerPost) && c.predictedReachPerPost > 0) pair(s, "viewsVsPredictedReach", p.views, c.predictedReachPerPost);
  }
  // Costs are per creator: the whole fee against what the creator's posts delivered so far.
  const m = s.metrics;
  if (has(c.fee)) {
    if (m.engagements.posts && m.engagements.sum > 0) pair(s, "costPerEngagement", c.fee, m.engagements.sum);
    if (m.views.posts && m.views.sum > 0) pair(s, "costPerView", c.fee, m.views.sum);
    if (m.linkClicks.posts && m.linkClicks.sum > 0) pair(s, "costPerClick", c.fee, m.linkClicks.sum);
    if (m.revenue.posts && c.fee > 0) pair(s, "revenuePerCost", m.revenue.sum, c.fee);
  }
  // The prediction as frozen at launch: the launch fee over the launch posts' predicted engagements.
  const launchFee = c.launchFee ?? c.fee;
  const predicted = (c.predictedEngagementsPerPost ?? NaN) * Math.max(0, c.launchPostsPlanned ?? c.postsPlanned);
  if (has(launchFee) && predicted > 0) pair(s, "predictedCostPerEngagement", launchFee, predicted);
  return s;
}

function pair(s: Sums, k: PairKey, num: number, den: number) {
  s.pairs[k][0] += num;
  s.pairs[k][1] += den;
}

/** Element-wise sum: the sums of a group of creators. */
export function addSums(parts: readonly Sums[]): Sums {
  const t = emptySums();
  for (const s of parts) {
    t.creators += s.creators;
    t.posts += s.posts;
    t.postsPlanned += s.postsPlanned;
    t.fee.sum += s.fee.sum;
    t.fee.posts += s.fee.posts;
    for (const k of Object.keys(t.metrics) as (keyof Sums["metrics"])[]) {
      t.metrics[k].sum += s.metrics[k].sum;
      t.metrics[k].posts += s.metrics[k].posts;
    }
    for (const k of PAIR_KEYS) {
      t.pairs[k][0] += s.pairs[k][0];
      t.pairs[k][1] += s.pairs[k][1];
    }
  }
  return t;
}
