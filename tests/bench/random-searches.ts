// A seeded generator of valid search queries over the whole parameter space of GET /api/creators
// (lib/validation/search.ts): every filter, every sort and order, saved and inline briefs, custom
// weights, deep pages and page sizes. Used by `npm run bench:search -- --random N --seed S` and
// `npm run bench:load`. Each draw is a URL query string that the strict schema accepts.
import { createRng, type Rng } from "../../prisma/seed/random";
import { NICHE_IDS } from "../../lib/domain/niches";
import { ENGAGEMENT_BANDS, PLATFORMS, TIERS } from "../../lib/domain/types";
import { SEARCH_SORTS } from "../../lib/validation/search";

/** Country and language codes: the seed's (common) and a few it never uses (empty answers). */
const COUNTRIES = ["US", "GB", "DE", "FR", "ES", "IT", "BR", "MX", "IN", "ID", "JP", "KR", "CA", "AU", "NL", "SE", "PL", "TR", "NG", "ZA", "NZ", "AT", "CH", "AR"];
const LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "id", "ja", "ko", "nl", "sv", "pl", "tr", "ar", "zh"];
/** Free text: common bio words, names (handle prefixes), typos, rare and absent strings. */
const TEXTS = [
  "skincare", "skincre", "routine", "fitness", "fitnes", "travel", "gaming", "food", "anna", "leo", "mia", "noah", "rivera", "kim",
  "tanaka", "sara.kim", "@anna", "honest reviews", "daily dose", "collabs", "zzqx", "vegan", "tips", "journey", "a", "ok", "lena_s",
  "partnerships welcome", "beauty", "tech",
];
const KEYWORDS = ["skincare", "routine", "fps", "headset", "vegan", "travel", "honest reviews", "collabs", "tips", "fitness"];
const SAVED_BRIEFS = ["brief_acme_skincare"];

function some<T>(rng: Rng, items: readonly T[], max: number): T[] {
  const n = rng.int(1, max);
  const out = new Set<T>();
  for (let i = 0; i < n; i++) out.add(rng.pick(items));
  return [...out];
}

/** A follower count spread over the tiers (log-uniform from 500 to 50M). */
const followers = (rng: Rng) => Math.round(Math.exp(Math.log(500) + rng.next() * (Math.log(50_000_000) - Math.log(500))));

/** One valid query string. Filters are drawn independently, so some combinations match nobody. */
export function randomSearch(rng: Rng): string {
  const p = new URLSearchParams();
  const maybe = (chance: number, set: () => void) => {
    if (rng.chance(chance)) set();
  };
  maybe(0.25, () => p.set("q", rng.pick(TEXTS)));
  maybe(0.3, () => p.set("platform", some(rng, PLATFORMS, 3).join(",")));
  maybe(0.3, () => p.set("tier", some(rng, TIERS, 3).join(",")));
  maybe(0.15, () => p.set("minFollowers", String(followers(rng))));
  maybe(0.15, () => p.set("maxFollowers", String(followers(rng))));
  maybe(0.2, () => p.set("minEr", String(Math.round(rng.next() * 120) / 10)));
  maybe(0.1, () => p.set("maxEr", String(Math.round(rng.next() * 150) / 10)));
  maybe(0.15, () => p.set("band", some(rng, ENGAGEMENT_BANDS, 2).join(",")));
  maybe(0.3, () => p.set("niche", some(rng, NICHE_IDS, 3).join(",")));
  maybe(0.3, () => p.set("country", some(rng, COUNTRIES, 3).join(",")));
  maybe(0.15, () => p.set("language", some(rng, LANGUAGES, 2).join(",")));
  maybe(0.15, () => p.set("minAuthenticity", String(rng.int(0, 100))));
  maybe(0.15, () => p.set("maxPrice", String(rng.pick([50, 100, 300, 1000, 5000, 50000]))));
  maybe(0.15, () => p.set("hasEmail", rng.pick(["true", "false"])));
  maybe(0.15, () => p.set("freshDays", String(rng.pick([1, 7, 30, 90, 365, 3650]))));
  maybe(0.1, () => p.set("minGrowth", String(rng.pick([-10, 0, 2, 5, 20, 100]))));
  // Briefs: saved (the demo organisation's) or inline.
  const brief = rng.next();
  if (brief < 0.12) p.set("brief", rng.pick(SAVED_BRIEFS));
  else if (brief < 0.3) {
    maybe(0.8, () => p.set("fitNiche", some(rng, NICHE_IDS, 3).join(",")));
    maybe(0.5, () => p.set("fitKeywords", some(rng, KEYWORDS, 3).join(",")));
    maybe(0.5, () => p.set("fitCountry", some(rng, COUNTRIES, 2).join(",")));
  }
  maybe(0.15, () => {
    for (const w of ["wEng", "wFit", "wAuth", "wCost"]) maybe(0.8, () => p.set(w, String(rng.int(0, 100))));
  });
  maybe(0.75, () => p.set("sort", rng.pick(SEARCH_SORTS)));
  maybe(0.2, () => p.set("order", rng.pick(["asc", "desc"])));
  const page = rng.next();
  if (page < 0.1) p.set("page", String(rng.int(2, 20)));
  else if (page < 0.15) p.set("page", String(rng.int(21, 400)));
  maybe(0.15, () => p.set("pageSize", String(rng.pick([10, 50, 100]))));
  return p.toString();
}

/** `n` queries from `seed`: the same list on every machine. */
export function randomSearches(n: number, seed: number): string[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => randomSearch(rng));
}
