// Deterministic, realistic demo creators. Distributions follow what published benchmarks show:
// follower counts heavy-tailed (most accounts are nano/micro, few are mega), engagement falling
// with size, a minority of audiences with suspicious patterns, prices by tier.
import { deriveCreatorMetrics, type DerivedMetrics } from "../../lib/domain/creator-metrics";
import { ENGAGEMENT_BENCHMARKS, isVideoPlatform } from "../../lib/domain/engagement";
import { NICHES, relatedNiches, type NicheId } from "../../lib/domain/niches";
import { profileUrlFor } from "../../lib/domain/profile-url";
import { classifyTier } from "../../lib/domain/tiers";
import type { Platform, Tier } from "../../lib/domain/types";
import { createRng, type Rng } from "./random";

export type SeedSnapshot = { capturedAt: Date; followers: number; engagementRate: number | null; tier: Tier; avgLikes: number | null; avgComments: number | null };

export type SeedCreator = DerivedMetrics & {
  id: string;
  platform: Platform;
  handle: string;
  displayName: string;
  bio: string;
  profileUrl: string;
  country: string;
  language: string;
  niches: NicheId[];
  followers: number;
  following: number;
  posts: number;
  avgLikes: number;
  avgComments: number;
  avgViews: number | null;
  avgShares: number | null;
  contactEmail: string | null;
  metricsAsOf: Date;
  followerGrowth30d: number | null;
  snapshots: SeedSnapshot[];
};

const PLATFORM_WEIGHTS: [Platform, number][] = [
  ["instagram", 45], ["tiktok", 25], ["youtube", 18], ["x", 7], ["twitch", 4], ["other", 1],
];
const COUNTRIES: [string, string, number][] = [
  ["US", "en", 24], ["GB", "en", 8], ["DE", "de", 7], ["FR", "fr", 6], ["ES", "es", 5], ["IT", "it", 5],
  ["BR", "pt", 8], ["MX", "es", 4], ["IN", "en", 7], ["ID", "id", 4], ["JP", "ja", 3], ["KR", "ko", 2],
  ["CA", "en", 4], ["AU", "en", 3], ["NL", "nl", 2], ["SE", "sv", 1], ["PL", "pl", 2], ["TR", "tr", 2],
  ["NG", "en", 2], ["ZA", "en", 1],
];
const NICHE_WEIGHTS: [NicheId, number][] = [
  ["fashion", 12], ["beauty", 12], ["fitness", 9], ["food", 9], ["travel", 8], ["gaming", 8], ["tech", 6],
  ["music", 7], ["sports", 6], ["family", 5], ["pets", 4], ["lifestyle", 10], ["finance", 3], ["education", 3],
  ["entertainment", 7], ["art", 4], ["automotive", 2], ["health", 4], ["home", 3], ["business", 2], ["news", 1],
];
const FIRST = ["anna", "leo", "mia", "noah", "zoe", "liam", "emma", "luca", "sara", "omar", "yuki", "ines", "jade", "max", "nina", "theo", "ava", "kai", "lena", "ravi", "sofia", "ben", "chloe", "diego", "elif", "finn", "gaia", "hugo", "isla", "jonas"];
const LAST = ["rivera", "kim", "schmidt", "dubois", "rossi", "silva", "tanaka", "patel", "novak", "larsen", "moreau", "garcia", "okafor", "jensen", "costa", "weber", "ito", "haddad", "smith", "nguyen"];
const NICHE_WORDS: Record<NicheId, string[]> = Object.fromEntries(
  NICHES.map((n) => [n.id, [n.id, ...n.synonyms.filter((s) => /^[a-z]+$/.test(s)).slice(0, 4)]]),
) as Record<NicheId, string[]>;
const BIO_TEMPLATES = [
  (w: string, c: string) => `${cap(w)} creator based in ${c}. Honest reviews, weekly posts.`,
  (w: string, c: string) => `Sharing my ${w} journey from ${c} ✨ DM for collabs`,
  (w: string, c: string) => `${cap(w)} tips, routines and real talk. ${c}-based.`,
  (w: string) => `Your daily dose of ${w}. Partnerships welcome.`,
];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const DAY = 86_400_000;

/** Followers: log-normal body with a Pareto-like tail, so every tier is populated but most accounts are small. */
function drawFollowers(rng: Rng): number {
  const bucket = rng.weighted<[number, number]>([
    [[1_000, 10_000], 30], [[10_000, 50_000], 34], [[50_000, 500_000], 26], [[500_000, 1_000_000], 6], [[1_000_000, 300_000_000], 4],
  ]);
  const [lo, hi] = bucket;
  // Log-uniform inside the bucket, skewed to its lower end.
  const u = Math.pow(rng.next(), 1.6);
  return Math.round(Math.exp(Math.log(lo) + u * (Math.log(hi) - Math.log(lo))));
}

export function generateCreator(index: number, rng: Rng, now: Date, usedHandles: Set<string>, withSnapshots: boolean): SeedCreator {
  const platform = rng.weighted(PLATFORM_WEIGHTS);
  const [country, language] = (() => {
    const [c, l] = rng.weighted(COUNTRIES.map(([c, l, w]) => [[c, l] as const, w] as const));
    return [c, l];
  })();
  const primary = rng.weighted(NICHE_WEIGHTS);
  const niches: NicheId[] = [primary];
  if (rng.chance(0.55)) {
    const rel = relatedNiches(primary);
    const second = rel.length && rng.chance(0.7) ? rng.pick(rel) : rng.weighted(NICHE_WEIGHTS);
    if (!niches.includes(second)) niches.push(second);
  }
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  const word = rng.pick(NICHE_WORDS[primary]);
  let handle = rng.weighted<string>([
    [`${first}.${word}`, 3], [`${first}_${last}`, 3], [`${word}with${first}`, 2], [`the${word}${last}`, 1],
  ]).replace(/[^a-z0-9._]/g, "");
  if (usedHandles.has(`${platform}:${handle}`)) handle = `${handle}${index.toString(36)}`;
  usedHandles.add(`${platform}:${handle}`);

  const followers = drawFollowers(rng);
  const tier = classifyTier(followers);
  const band = ENGAGEMENT_BENCHMARKS[platform][tier];
  // Most creators sit around their tier's benchmark band (log-normal noise); a few are outliers.
  const pattern = rng.weighted<"normal" | "bought" | "pod" | "mass_follow">([["normal", 90], ["bought", 4], ["pod", 3], ["mass_follow", 3]]);
  let rate = ((band.low + band.high) / 2) * Math.exp(rng.normal(0, 0.45));
  if (pattern === "bought") rate = band.low * 0.15 * (0.5 + rng.next());
  if (pattern === "pod") rate = band.high * (3.5 + rng.next() * 2);
  const commentShare = pattern === "pod" ? 0.25 : 0.01 + rng.next() * 0.04;
  const interactions = followers * rate;
  const avgLikes = Math.max(0, Math.round(interactions * (1 - commentShare)));
  const avgComments = Math.max(0, Math.round(interactions * commentShare));
  const isVideo = isVideoPlatform(platform);
  const avgViews = isVideo ? Math.round(followers * (0.05 + rng.next() * (platform === "tiktok" ? 0.6 : 0.25))) : null;
  const avgShares = platform === "tiktok" ? Math.round(avgLikes * (0.01 + rng.next() * 0.05)) : null;
  const following = pattern === "mass_follow" ? Math.round(Math.max(followers * (1 + rng.next()), 6_000)) : rng.int(80, 1_500);
  const posts = rng.int(40, 3_000);
  const metricsAsOf = new Date(now.getTime() - rng.int(0, 75) * DAY);

  // History: four snapshots, four weeks apart. Some creators grow fast (and cross tiers), a few jump suddenly.
  const trend = rng.weighted<"steady" | "rising" | "spike">([["steady", 92], ["rising", 6], ["spike", 2]]);
  const monthly = trend === "rising" ? 0.18 + rng.next() * 0.15 : rng.normal(0.015, 0.02);
  const snapshots: SeedSnapshot[] = [];
  if (withSnapshots) {
    for (let m = 3; m >= 0; m--) {
      let f = Math.round(followers / Math.pow(1 + monthly, m));
      let r = rate;
      if (trend === "spike" && m >= 1) {
        f = Math.round(f / 1.7);
        r = rate * 1.8;
      }
      f = Math.max(1, f);
      snapshots.push({
        capturedAt: new Date(metricsAsOf.getTime() - m * 28 * DAY),
        followers: f,
        engagementRate: r,
        tier: classifyTier(f),
        avgLikes: Math.round(f * r * (1 - commentShare)),
        avgComments: Math.round(f * r * commentShare),
      });
    }
  }
  const prev = snapshots.length >= 2 ? snapshots[snapshots.length - 2]! : null;
  const followerGrowth30d = prev ? (followers - prev.followers) / prev.followers : null;

  const derived = deriveCreatorMetrics({
    platform, followers, following, posts, avgLikes, avgComments, avgViews, avgShares,
    snapshots: snapshots.map((s) => ({ at: s.capturedAt, followers: s.followers, engagementRate: s.engagementRate })),
  });
  const bio = rng.pick(BIO_TEMPLATES)(rng.pick(NICHE_WORDS[niches[niches.length - 1]!]), country);
  return {
    id: `seed${index.toString(36).padStart(7, "0")}`,
    platform,
    handle,
    displayName: `${cap(first)} ${cap(last)}`,
    bio,
    profileUrl: profileUrlFor(platform, handle) ?? `https://example.com/${handle}`,
    country,
    language,
    niches,
    followers,
    following,
    posts,
    avgLikes,
    avgComments,
    avgViews,
    avgShares,
    contactEmail: rng.chance(0.45) ? `${handle.replace(/[^a-z0-9]/g, "")}@example.com` : null,
    metricsAsOf,
    followerGrowth30d,
    snapshots,
    ...derived,
  };
}

/** Yields `count` creators, deterministic for a given seed and `now`. */
export function* generateCreators(count: number, seed: number, now: Date, withSnapshots: boolean): Generator<SeedCreator> {
  const rng = createRng(seed);
  const used = new Set<string>();
  for (let i = 0; i < count; i++) yield generateCreator(i, rng, now, used, withSnapshots);
}
