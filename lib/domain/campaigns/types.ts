// The vocabulary of campaign results (docs/campaigns.md). Every metric is optional: undefined means
// unknown (the source did not give it), never zero. Pure.
import type { Platform, Tier } from "../types";

export const CAMPAIGN_GOALS = ["awareness", "engagement", "conversions"] as const;
export type CampaignGoal = (typeof CAMPAIGN_GOALS)[number];

/** What a post's source may give, counts first, then revenue (in the campaign's currency). */
export const POST_COUNTS = ["views", "likes", "comments", "shares", "saves", "linkClicks", "conversions"] as const;
export type PostCount = (typeof POST_COUNTS)[number];
export const POST_METRICS = [...POST_COUNTS, "revenue"] as const;
export type PostMetric = (typeof POST_METRICS)[number];

export const METRIC_LABELS: Readonly<Record<PostMetric, string>> = Object.freeze({
  views: "Views",
  likes: "Likes",
  comments: "Comments",
  shares: "Shares",
  saves: "Saves",
  linkClicks: "Link clicks",
  conversions: "Conversions",
  revenue: "Revenue",
});

/** The interactions that make up engagements (views and clicks do not). */
export const ENGAGEMENT_PARTS = ["likes", "comments", "shares", "saves"] as const satisfies readonly PostCount[];

export type PostFigures = Partial<Record<PostMetric, number>>;

export type PostResult = PostFigures & {
  id: string;
  creatorKey: string;
  url: string;
  postedAt?: Date;
  format?: string;
  caption?: string;
};

/** A booked creator with the predictions frozen at launch (per post), and the deal. */
export type CampaignCreatorInput = {
  key: string;
  handle: string;
  platform: Platform;
  tier?: Tier;
  followers?: number;
  fee?: number;
  /** Posts promised in the deliverables (all platforms and formats). */
  postsPlanned: number;
  predictedReachPerPost?: number;
  predictedEngagementsPerPost?: number;
  /**
   * The fee and posts planned at launch, which the predicted CPE was frozen with (a fee or
   * deliverables edited later move the actual figures only). Absent: the current ones.
   */
  launchFee?: number;
  launchPostsPlanned?: number;
};

/** EMV per single action, per platform and metric (views: per view). */
export type EmvRateCard = Partial<Record<Platform, Partial<Record<PostCount, number>>>>;
