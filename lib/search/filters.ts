// THE registry of search filters: one declaration per filter, read by the URL schema
// (lib/validation/search.ts), the SQL (lib/queries/search/where.ts), the labels and "remove this
// filter" suggestions (components/search), and the conflict check. To add a filter, add an entry
// here (docs/search.md, "Add a filter"): the types make a missing label or SQL a build error.
// Also here: the parameters that are not filters but travel with a search to a profile (brief,
// weights). Pure: zod and lib/domain only.
import { z } from "zod";
import { NICHE_IDS } from "@/lib/domain/niches";
import { ENGAGEMENT_BANDS, PLATFORMS, TIERS } from "@/lib/domain/types";
import { codeList, enumList, single, textList } from "@/lib/validation/lists";

/** Follower counts are PostgreSQL `integer` columns: a larger bound would be a 500, not "no match". */
export const MAX_COUNT = 2_147_483_647;
const count = single(z.coerce.number().int().min(0).max(MAX_COUNT, `At most ${MAX_COUNT.toLocaleString("en-US")} (the largest count stored).`).optional());
const percent = single(z.coerce.number().min(0).max(100).optional());
const weight = single(z.coerce.number().min(0).max(100).optional());
const country = codeList(/^[A-Z]{2}$/, "an ISO 3166 country code", (s) => s.toUpperCase());

/**
 * How a filter becomes SQL (lib/queries/search/where.ts turns each op into a condition on the
 * creator row; every value is a bound parameter):
 * - text: free text on handle, display name and bio (substring and typo-tolerant);
 * - in: the column is one of the values; overlaps: the array column shares a value;
 * - ">=" / "<=": a bound on the column, the value times `scale` when given (percent to fraction);
 * - band: the engagement band, as rate ranges per platform and tier;
 * - present: true keeps creators with a non-empty value, false those without;
 * - withinDays: the timestamp is at most that many days old.
 */
export type FilterSql =
  | { op: "text" }
  | { op: "in"; column: "platform" | "tier" | "country" | "language"; type?: "Platform" | "Tier" }
  | { op: "overlaps"; column: "niches" }
  | { op: ">=" | "<="; column: "followers" | "engagementRate" | "authenticityScore" | "priceLow" | "followerGrowth30d"; scale?: number; type?: "float8" | "numeric" }
  | { op: "band" }
  | { op: "present"; column: "contactEmail" }
  | { op: "withinDays"; column: "metricsAsOf" };

export type FilterDef = {
  schema: z.ZodType;
  /** For people: "Remove the {label} filter", the conflict note. */
  label: string;
  sql: FilterSql;
};

/** In the order "remove this filter" suggestions are tried. */
export const FILTERS = {
  q: { schema: single(z.string().trim().max(200).optional()).transform((s) => (s ? s : undefined)), label: "search text", sql: { op: "text" } },
  niche: { schema: enumList(NICHE_IDS, "niche"), label: "niche", sql: { op: "overlaps", column: "niches" } },
  country: { schema: country, label: "country", sql: { op: "in", column: "country" } },
  language: { schema: codeList(/^[a-z]{2}$/, "an ISO 639-1 language code", (s) => s.toLowerCase()), label: "language", sql: { op: "in", column: "language" } },
  tier: { schema: enumList(TIERS, "tier"), label: "tier", sql: { op: "in", column: "tier", type: "Tier" } },
  platform: { schema: enumList(PLATFORMS, "platform"), label: "platform", sql: { op: "in", column: "platform", type: "Platform" } },
  band: { schema: enumList(ENGAGEMENT_BANDS, "engagement band"), label: "engagement band", sql: { op: "band" } },
  /** Engagement rate in PERCENT (2.5 = 2.5%). */
  minEr: { schema: percent, label: "minimum engagement", sql: { op: ">=", column: "engagementRate", scale: 0.01, type: "float8" } },
  maxEr: { schema: percent, label: "maximum engagement", sql: { op: "<=", column: "engagementRate", scale: 0.01, type: "float8" } },
  minFollowers: { schema: count, label: "minimum followers", sql: { op: ">=", column: "followers" } },
  maxFollowers: { schema: count, label: "maximum followers", sql: { op: "<=", column: "followers" } },
  minAuthenticity: { schema: single(z.coerce.number().min(0).max(100).optional()), label: "minimum authenticity", sql: { op: ">=", column: "authenticityScore" } },
  /** A creator is within budget when the low end of their per-post price is. */
  maxPrice: { schema: single(z.coerce.number().min(0).optional()), label: "maximum price", sql: { op: "<=", column: "priceLow", type: "numeric" } },
  hasEmail: { schema: single(z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1").optional()), label: "contact email", sql: { op: "present", column: "contactEmail" } },
  /**
   * Follower growth over 30 days in PERCENT (10 = grew 10% or more; -5 = lost at most 5%). Growth is
   * computed from dated snapshots (lib/domain/growth.ts); a creator without a baseline has unknown
   * growth and never matches.
   */
  minGrowth: { schema: single(z.coerce.number().min(-100).max(100_000).optional()), label: "minimum growth", sql: { op: ">=", column: "followerGrowth30d", scale: 0.01, type: "float8" } },
  /** Metrics captured within the last N days. */
  freshDays: { schema: single(z.coerce.number().int().min(1).max(3650).optional()), label: "metrics freshness", sql: { op: "withinDays", column: "metricsAsOf" } },
} as const satisfies Record<string, FilterDef>;

export type FilterKey = keyof typeof FILTERS;
export const FILTER_KEYS = Object.keys(FILTERS) as FilterKey[];

/** Parameters that shape the score, not the matches; carried from a result to its profile. */
export const BRIEF_PARAMS = {
  /** A saved brief of the caller's organisation. */
  brief: single(z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a brief id.").optional()),
  /** An inline brief (used when no saved brief is picked). */
  fitNiche: enumList(NICHE_IDS, "niche"),
  fitKeywords: textList,
  fitCountry: country,
  /** Score weights, 0-100 each; renormalised to sum to 1 (lib/domain/score.ts). */
  wEng: weight,
  wFit: weight,
  wAuth: weight,
  wCost: weight,
};
export const CARRIED_PARAMS = Object.keys(BRIEF_PARAMS) as (keyof typeof BRIEF_PARAMS)[];

/** Each filter's label, for people. */
export const FILTER_LABEL: Readonly<Record<FilterKey, string>> = Object.fromEntries(FILTER_KEYS.map((k) => [k, FILTERS[k].label])) as Record<FilterKey, string>;

/** The filter keys set in a query (a list counts when it holds something). */
export function activeFilters(q: Partial<Record<FilterKey, unknown>>): FilterKey[] {
  return FILTER_KEYS.filter((k) => {
    const v = q[k];
    return v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);
  });
}
