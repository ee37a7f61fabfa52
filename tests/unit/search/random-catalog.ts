// Random catalogs and searches for the scan's unit tests: values drawn from few choices, so that
// sort keys tie often, with NULLs, and countries and languages some searches ask for.
import { NICHE_IDS } from "@/lib/domain/niches";
import { creatorScore } from "@/lib/domain/score";
import { PLATFORMS, TIERS, type Platform, type Tier } from "@/lib/domain/types";
import type { CatalogRow } from "@/lib/search/scan/catalog";
import { parseSearchQueryStrict, type SearchQuery } from "@/lib/validation/search";
import type { Rng } from "../../../prisma/seed/random";
import { randomSearch } from "../../bench/random-searches";

export const NOW = Date.UTC(2026, 11, 6);
export const COUNTRIES = ["US", "GB", "DE", "BR", "TR", null];
const LANGUAGES = ["en", "de", "pt", "tr", null];

/** Countries and languages that few creators hold (the searches ask for them too): kept as lists of slots, not bitsets. */
const RARE_COUNTRIES = ["NZ", "AT", "CH", "AR", "MX", "JP", "KR", "SE", "PL", "NG"];
const RARE_LANGUAGES = ["ja", "ko", "nl", "sv", "pl", "ar", "zh"];

export function row(rng: Rng, id: string, countries = COUNTRIES): CatalogRow {
  const r = draw(rng, id, countries);
  // The stored score and its confidence as the database's trigger computes them (lib/domain): the brief's score bound rests on it.
  const base = creatorScore({ ...r, platform: r.platform as Platform, tier: r.tier as Tier, priceHigh: null }, null);
  return { ...r, baseScore: base.score, baseConfidence: base.confidence };
}

function draw(rng: Rng, id: string, countries: readonly (string | null)[]): CatalogRow {
  const maybe = <T,>(v: () => T): T | null => (rng.chance(0.15) ? null : v());
  return {
    id, handle: id, displayName: null, bio: null, platform: rng.pick(PLATFORMS), tier: rng.pick(TIERS),
    country: rng.chance(0.05) ? rng.pick(RARE_COUNTRIES) : rng.pick(countries), language: rng.chance(0.05) ? rng.pick(RARE_LANGUAGES) : rng.pick(LANGUAGES),
    niches: [...new Set(Array.from({ length: rng.int(0, 3) }, () => rng.pick(NICHE_IDS)))],
    followers: Math.round(Math.exp(Math.log(500) + rng.next() * Math.log(100_000))), engagementRate: maybe(() => rng.int(0, 300) / 1_000), engagementRankable: rng.chance(0.9),
    expectedEngagements: maybe(() => rng.int(0, 50_000)), engagementScore: maybe(() => rng.int(0, 100)), authenticityScore: maybe(() => rng.int(0, 100)), costScore: maybe(() => rng.int(0, 100)),
    costPrior: rng.int(20, 80), priceLow: maybe(() => rng.pick([40, 99.5, 300, 1200, 8000])), costPerEngagement: maybe(() => rng.int(1, 60) / 100),
    followerGrowth30d: maybe(() => (rng.int(0, 40) - 10) / 100), hasEmail: rng.chance(0.4), metricsAsOf: NOW - rng.int(0, 400) * 86_400_000,
    baseScore: null, baseConfidence: null,
  };
}

/** A random valid search without free text (the trigram indexes have tests of their own) or a saved brief. */
export function randomFilters(rng: Rng): SearchQuery {
  const params = new URLSearchParams(randomSearch(rng));
  params.delete("q");
  params.delete("brief");
  const parsed = parseSearchQueryStrict(params);
  if (!parsed.success) throw new Error(`invalid query ${params}`);
  return parsed.data;
}
