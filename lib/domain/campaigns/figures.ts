// The figures a report shows, derived from sums (sums.ts). Each is undefined, never 0 or Infinity,
// when its inputs are missing; docs/campaigns.md gives each formula. Pure.
import type { Sums } from "./sums";

export type Figures = {
  creators: number;
  posts: number;
  postsPlanned: number;
  /** Posts in ÷ posts planned: how much of the data is in (undefined with nothing planned). */
  dataIn: number | undefined;
  cost: number | undefined;
  views: number | undefined;
  likes: number | undefined;
  comments: number | undefined;
  shares: number | undefined;
  saves: number | undefined;
  linkClicks: number | undefined;
  conversions: number | undefined;
  revenue: number | undefined;
  engagements: number | undefined;
  emv: number | undefined;
  erByFollowers: number | undefined;
  erByViews: number | undefined;
  cpe: number | undefined;
  cpv: number | undefined;
  cpm: number | undefined;
  cpc: number | undefined;
  roas: number | undefined;
  predictedCpe: number | undefined;
  /** Actual ÷ predicted, over the posts (or creators) that have both. */
  engagementsVsPredicted: number | undefined;
  reachVsPredicted: number | undefined;
  cpeVsPredicted: number | undefined;
};

const div = (a: number, b: number): number | undefined => (b > 0 && Number.isFinite(a) && Number.isFinite(b) ? a / b : undefined);
const sumOf = (k: { sum: number; posts: number }) => (k.posts > 0 ? k.sum : undefined);

export function figuresOf(s: Sums): Figures {
  const p = s.pairs;
  const cpe = div(...p.costPerEngagement);
  const predictedCpe = div(...p.predictedCostPerEngagement);
  const cpv = div(...p.costPerView);
  return {
    creators: s.creators,
    posts: s.posts,
    postsPlanned: s.postsPlanned,
    dataIn: div(s.posts, s.postsPlanned),
    cost: s.fee.posts > 0 ? s.fee.sum : undefined,
    views: sumOf(s.metrics.views),
    likes: sumOf(s.metrics.likes),
    comments: sumOf(s.metrics.comments),
    shares: sumOf(s.metrics.shares),
    saves: sumOf(s.metrics.saves),
    linkClicks: sumOf(s.metrics.linkClicks),
    conversions: sumOf(s.metrics.conversions),
    revenue: sumOf(s.metrics.revenue),
    engagements: sumOf(s.metrics.engagements),
    emv: sumOf(s.metrics.emv),
    erByFollowers: div(...p.engagementsPerFollower),
    erByViews: div(...p.engagementsPerView),
    cpe,
    cpv,
    cpm: cpv === undefined ? undefined : cpv * 1000,
    cpc: div(...p.costPerClick),
    roas: div(...p.revenuePerCost),
    predictedCpe,
    engagementsVsPredicted: div(...p.engagementsVsPredicted),
    reachVsPredicted: div(...p.viewsVsPredictedReach),
    cpeVsPredicted: cpe !== undefined && predictedCpe !== undefined ? div(cpe, predictedCpe) : undefined,
  };
}
