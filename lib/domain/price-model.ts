// The estimated price of one sponsored post from the audience size, per platform: a curve through
// published rate cards that grows with every follower, with no jump at a tier boundary and no
// ceiling at the top. Sources, figures and the reasoning: docs/scoring.md, "Price estimate".
import type { Platform } from "./types";

/** Follower counts at which the rate cards publish a price: the ends of the nano..macro tiers. */
export const PRICE_KNOTS = Object.freeze([1_000, 10_000, 50_000, 500_000, 1_000_000] as const);

export type RateCard = { source: string; prices: readonly [number, number, number, number, number] };

/**
 * Published per-post prices (USD) at PRICE_KNOTS: each tier's published low is the price at its
 * lower end, its published high the price at its upper end (the cards are built that way: one
 * tier's high is the next tier's low). Where two cards disagree, the curve takes their geometric mean.
 */
export const RATE_CARDS: Readonly<Record<"instagram" | "tiktok" | "youtube" | "x", readonly RateCard[]>> = Object.freeze({
  // $10 per 1,000 followers at every knot; the USA Today rule of thumb ($100 per 10,000) and WebFX's
  // $10 per 1,000 say the same.
  instagram: [{ source: "Influencer Marketing Hub", prices: [10, 100, 500, 5_000, 10_000] }],
  tiktok: [
    { source: "Influencer Marketing Hub", prices: [5, 25, 125, 1_250, 2_500] },
    { source: "SponsorRate, TikTok video rates 2026", prices: [20, 75, 350, 3_000, 7_000] },
  ],
  // $20 per 1,000 subscribers, as WebFX's rule.
  youtube: [{ source: "Influencer Marketing Hub", prices: [20, 200, 1_000, 10_000, 20_000] }],
  x: [{ source: "Influencer Marketing Hub", prices: [2, 20, 100, 1_000, 2_000] }],
});

/**
 * Above 1M followers the price grows as followers^MEGA_EXPONENT from the card's 1M price: fitted to
 * the celebrity prices reported per Instagram post (docs/scoring.md), 0.82 on average.
 */
export const MEGA_EXPONENT = 0.82;

/**
 * The range is centre × (1 ± spread). PRICE_SPREAD.published where a card is published (up to 1M),
 * growing linearly in log10(followers) to published + PRICE_SPREAD.megaExtra at 100M and beyond
 * (a handful of celebrity quotes); PRICE_SPREAD.extrapolatedExtra more for platforms with no card.
 */
export const PRICE_SPREAD = Object.freeze({ published: 0.5, megaExtra: 0.25, extrapolatedExtra: 0.1 });

// A product root, so that a single card is taken exactly as published.
const geometricMean = (xs: readonly number[]) => (xs.length === 1 ? xs[0]! : Math.pow(xs.reduce((p, x) => p * x, 1), 1 / xs.length));

function centreKnots(cards: readonly RateCard[]): number[] {
  return PRICE_KNOTS.map((_, i) => geometricMean(cards.map((c) => c.prices[i]!)));
}

const INSTAGRAM = centreKnots(RATE_CARDS.instagram);
const YOUTUBE = centreKnots(RATE_CARDS.youtube);

/** The centre price (USD) at each of PRICE_KNOTS, per platform. Twitch: half of YouTube; other: Instagram (both extrapolated). */
export const PRICE_CURVE: Readonly<Record<Platform, readonly number[]>> = Object.freeze({
  instagram: INSTAGRAM,
  tiktok: centreKnots(RATE_CARDS.tiktok),
  youtube: YOUTUBE,
  x: centreKnots(RATE_CARDS.x),
  twitch: YOUTUBE.map((p) => p / 2),
  other: INSTAGRAM,
});

/** Platforms whose curve is extrapolated rather than published. */
export function isPriceExtrapolated(platform: Platform, followers: number): boolean {
  return platform === "twitch" || platform === "other" || followers > PRICE_KNOTS[PRICE_KNOTS.length - 1]!;
}

/**
 * The centre of the price range for a creator of this size: below 1,000 followers the 1,000 price
 * (a post has a minimum fee); between two knots the straight line on log-log axes (a power law
 * through both prices); above 1M, price(1M) × (followers / 1M)^MEGA_EXPONENT.
 */
export function priceCentre(platform: Platform, followers: number): number {
  const ys = PRICE_CURVE[platform];
  const f = Number.isFinite(followers) ? Math.max(0, followers) : 0;
  const last = PRICE_KNOTS.length - 1;
  if (f <= PRICE_KNOTS[0]) return ys[0]!;
  if (f > PRICE_KNOTS[last]) return ys[last]! * Math.pow(f / PRICE_KNOTS[last], MEGA_EXPONENT);
  let i = 1;
  while (f > PRICE_KNOTS[i]!) i++;
  const x0 = PRICE_KNOTS[i - 1]!;
  const x1 = PRICE_KNOTS[i]!;
  const y0 = ys[i - 1]!;
  const y1 = ys[i]!;
  return y0 * Math.pow(f / x0, Math.log(y1 / y0) / Math.log(x1 / x0));
}

/** The half-width of the range as a share of the centre (see PRICE_SPREAD). */
export function priceSpread(platform: Platform, followers: number): number {
  const f = Number.isFinite(followers) ? Math.max(1, followers) : 1;
  const base = PRICE_SPREAD.published + (platform === "twitch" || platform === "other" ? PRICE_SPREAD.extrapolatedExtra : 0);
  const beyond = Math.min(1, Math.max(0, Math.log10(f / PRICE_KNOTS[PRICE_KNOTS.length - 1]!) / 2));
  return base + PRICE_SPREAD.megaExtra * beyond;
}

const cents = (x: number) => Math.round(x * 100) / 100;

/** The estimated range in USD, ends rounded to cents (as stored); mid = (low + high) / 2. */
export function estimatedPriceRange(platform: Platform, followers: number): { low: number; high: number; mid: number } {
  const c = priceCentre(platform, followers);
  const w = priceSpread(platform, followers);
  const low = cents(c * (1 - w));
  const high = cents(c * (1 + w));
  return { low, high, mid: (low + high) / 2 };
}
