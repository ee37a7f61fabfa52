// Published engagement-rate benchmarks by platform and tier (docs/scoring.md, section 3), with
// their sources. Re-exported by ./engagement, where the rate, its bands and its score live.
import type { Platform, Tier } from "./types";

export type BenchmarkBand = { low: number; high: number; source: string };

const MODASH_IG = "Modash Instagram engagement rate benchmarks (72M+ profiles, median likes / followers), 'Average' row";
const IH_TT = "Influencer Hero TikTok engagement benchmarks (Jan 2024, 150M+ profiles), 'Average' row";
const EXTRAPOLATED = "extrapolated (no published tier benchmark found)";

/**
 * The "average" band (fractions) by platform and tier. Where a source's follower brackets split a
 * tier, the band is the union of the brackets' average ranges. See docs/scoring.md for details.
 */
export const ENGAGEMENT_BENCHMARKS: Readonly<Record<Platform, Readonly<Record<Tier, BenchmarkBand>>>> = Object.freeze({
  instagram: {
    nano: { low: 0.0125, high: 0.0442, source: `${MODASH_IG}: 1k-5k 3.38-4.42%, 5k-10k 1.25-1.62% (union)` },
    micro: { low: 0.0084, high: 0.0111, source: `${MODASH_IG}: 10k-50k 0.84-1.11%` },
    mid: { low: 0.0075, high: 0.0114, source: `${MODASH_IG}: 50k-100k 0.75-1.01%, 100k-500k 0.87-1.14% (union)` },
    macro: { low: 0.0088, high: 0.0113, source: `${MODASH_IG}: 500k-1M 0.88-1.13%` },
    mega: { low: 0.0102, high: 0.0127, source: `${MODASH_IG}: over 1M 1.02-1.27%` },
  },
  tiktok: {
    nano: { low: 0.0111, high: 0.0218, source: `${IH_TT}: 1k-5k 1.79-2.18%, 5k-10k 1.11-1.42% (union)` },
    micro: {
      low: 0.0079,
      high: 0.0107,
      source: `${IH_TT}: 10k-50k; the published 'Average' cell (0.29-0.49%) overlaps its own 'Below average' row, so the gap between 'Below average' (to 0.79%) and 'Above average' (from 1.07%) is used`,
    },
    mid: { low: 0.005, high: 0.01, source: `${IH_TT}: 50k-100k 0.5-0.87%, 100k-500k 0.68-1% (union)` },
    macro: { low: 0.0096, high: 0.0129, source: `${IH_TT}: 500k-1M 0.96-1.29%` },
    mega: { low: 0.0111, high: 0.0143, source: `${IH_TT}: 1M+ 1.11-1.43%` },
  },
  youtube: {
    nano: { low: 0.01, high: 0.025, source: `${EXTRAPOLATED}: (likes+comments)/subscribers, about half of Instagram` },
    micro: { low: 0.005, high: 0.01, source: `${EXTRAPOLATED}: about half of Instagram` },
    mid: { low: 0.004, high: 0.008, source: `${EXTRAPOLATED}: about half of Instagram` },
    macro: { low: 0.003, high: 0.007, source: `${EXTRAPOLATED}: about half of Instagram` },
    mega: { low: 0.003, high: 0.007, source: `${EXTRAPOLATED}: about half of Instagram` },
  },
  x: {
    nano: { low: 0.003, high: 0.01, source: `${EXTRAPOLATED}: X engagement per follower is an order of magnitude below Instagram` },
    micro: { low: 0.001, high: 0.004, source: EXTRAPOLATED },
    mid: { low: 0.0006, high: 0.0025, source: EXTRAPOLATED },
    macro: { low: 0.0005, high: 0.002, source: EXTRAPOLATED },
    mega: { low: 0.0004, high: 0.0015, source: EXTRAPOLATED },
  },
  twitch: {
    nano: { low: 0.01, high: 0.025, source: `${EXTRAPOLATED}: same as YouTube` },
    micro: { low: 0.005, high: 0.01, source: `${EXTRAPOLATED}: same as YouTube` },
    mid: { low: 0.004, high: 0.008, source: `${EXTRAPOLATED}: same as YouTube` },
    macro: { low: 0.003, high: 0.007, source: `${EXTRAPOLATED}: same as YouTube` },
    mega: { low: 0.003, high: 0.007, source: `${EXTRAPOLATED}: same as YouTube` },
  },
  other: {
    nano: { low: 0.0125, high: 0.0442, source: `${EXTRAPOLATED}: Instagram figures reused` },
    micro: { low: 0.0084, high: 0.0111, source: `${EXTRAPOLATED}: Instagram figures reused` },
    mid: { low: 0.0075, high: 0.0114, source: `${EXTRAPOLATED}: Instagram figures reused` },
    macro: { low: 0.0088, high: 0.0113, source: `${EXTRAPOLATED}: Instagram figures reused` },
    mega: { low: 0.0102, high: 0.0127, source: `${EXTRAPOLATED}: Instagram figures reused` },
  },
});

