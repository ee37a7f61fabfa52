// The search query: one schema for the /search page URL and GET /api/creators.
// The API parses strictly (a bad value is a 400 naming the field); the page parses leniently
// (a bad value falls back to its default, so a mangled link still shows results). Unknown
// parameters are ignored by both.
import { z } from "zod";
import { NICHE_IDS, type NicheId } from "@/lib/domain/niches";
import { ENGAGEMENT_BANDS, PLATFORMS, TIERS } from "@/lib/domain/types";

export const MAX_SEARCH_PAGE_SIZE = 100;
export const DEFAULT_SEARCH_PAGE_SIZE = 25;
/** "relevance" (how well the text matches, docs/search.md) is the default when `q` is given, else "score". */
export const SEARCH_SORTS = ["relevance", "score", "fit", "er", "engagements", "followers", "cpe", "growth"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Sorts where smaller is better default to ascending. */
export const DEFAULT_ORDER: Readonly<Record<SearchSort, "asc" | "desc">> = {
  relevance: "desc",
  score: "desc",
  fit: "desc",
  er: "desc",
  engagements: "desc",
  followers: "desc",
  cpe: "asc",
  growth: "desc",
};

type Raw = string | string[] | undefined;

/** A comma-separated (or repeated) list; every item must be one of `values`. */
const enumList = <T extends string>(values: readonly T[], name: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((raw, ctx) => {
      const items = (Array.isArray(raw) ? raw : [raw]).flatMap((s) => s.split(",")).map((s) => s.trim().toLowerCase()).filter(Boolean);
      const bad = items.filter((s) => !(values as readonly string[]).includes(s));
      if (bad.length) {
        ctx.addIssue({ code: "custom", message: `Unknown ${name}: ${bad.join(", ")}. Use ${values.join(", ")}.` });
        return z.NEVER;
      }
      return [...new Set(items)] as T[];
    })
    .optional();

const codeList = (pattern: RegExp, name: string, normalise: (s: string) => string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((raw, ctx) => {
      const items = (Array.isArray(raw) ? raw : [raw]).flatMap((s) => s.split(",")).map((s) => normalise(s.trim())).filter(Boolean);
      const bad = items.filter((s) => !pattern.test(s));
      if (bad.length) {
        ctx.addIssue({ code: "custom", message: `Not ${name}: ${bad.join(", ")}.` });
        return z.NEVER;
      }
      return [...new Set(items)];
    })
    .optional();

const textList = z
  .union([z.string(), z.array(z.string())])
  .transform((raw) =>
    [...new Set((Array.isArray(raw) ? raw : [raw]).flatMap((s) => s.split(",")).map((s) => s.trim().slice(0, 60)).filter(Boolean))].slice(0, 10),
  )
  .optional();

const single = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v), schema);

/** Follower counts are PostgreSQL `integer` columns: a larger bound would be a 500, not "no match". */
export const MAX_COUNT = 2_147_483_647;
const count = single(z.coerce.number().int().min(0).max(MAX_COUNT, `At most ${MAX_COUNT.toLocaleString("en-US")} (the largest count stored).`).optional());
const percent = single(z.coerce.number().min(0).max(100).optional());
const weight = single(z.coerce.number().min(0).max(100).optional());

export const searchFieldSchemas = {
  q: single(z.string().trim().max(200).optional()).transform((s) => (s ? s : undefined)),
  platform: enumList(PLATFORMS, "platform"),
  tier: enumList(TIERS, "tier"),
  minFollowers: count,
  maxFollowers: count,
  /** Engagement rate in PERCENT (2.5 = 2.5%). */
  minEr: percent,
  maxEr: percent,
  band: enumList(ENGAGEMENT_BANDS, "engagement band"),
  niche: enumList(NICHE_IDS, "niche"),
  country: codeList(/^[A-Z]{2}$/, "an ISO 3166 country code", (s) => s.toUpperCase()),
  language: codeList(/^[a-z]{2}$/, "an ISO 639-1 language code", (s) => s.toLowerCase()),
  minAuthenticity: single(z.coerce.number().min(0).max(100).optional()),
  maxPrice: single(z.coerce.number().min(0).optional()),
  hasEmail: single(z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1").optional()),
  /** Metrics captured within the last N days. */
  freshDays: single(z.coerce.number().int().min(1).max(3650).optional()),
  /** A saved brief of the caller's organisation. */
  brief: single(z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a brief id.").optional()),
  /** An inline brief (used when no saved brief is picked). */
  fitNiche: enumList(NICHE_IDS, "niche"),
  fitKeywords: textList,
  fitCountry: codeList(/^[A-Z]{2}$/, "an ISO 3166 country code", (s) => s.toUpperCase()),
  /** Score weights, 0-100 each; renormalised to sum to 1 (lib/domain/score.ts). */
  wEng: weight,
  wFit: weight,
  wAuth: weight,
  wCost: weight,
  sort: single(z.enum(SEARCH_SORTS).optional()),
  order: single(z.enum(["asc", "desc"]).optional()),
  page: single(z.coerce.number().int().min(1).max(10_000).default(1)),
  pageSize: single(z.coerce.number().int().min(1).default(DEFAULT_SEARCH_PAGE_SIZE).transform((n) => Math.min(n, MAX_SEARCH_PAGE_SIZE))),
};

/** Normalised free text: lower case, single spaces, no leading @ ("@ Anna" is "anna"). */
export function normaliseSearchText(q: string): string {
  return q.toLowerCase().replace(/^[\s@]+/, "").replace(/\s+/g, " ").trim();
}

/** The sort when none is given: best text match first when there is text, else the overall score. */
export function defaultSort(q: { q?: string }): SearchSort {
  return q.q && normaliseSearchText(q.q) ? "relevance" : "score";
}

export const searchQuerySchema = z.object(searchFieldSchemas).transform((q) => {
  const sort = q.sort ?? defaultSort(q);
  return { ...q, sort, order: q.order ?? DEFAULT_ORDER[sort] };
});

export type SearchQuery = z.output<typeof searchQuerySchema>;
export type SearchParamKey = keyof typeof searchFieldSchemas;
export const SEARCH_PARAM_KEYS = Object.keys(searchFieldSchemas) as SearchParamKey[];

function flatten(params: Record<string, Raw> | URLSearchParams): Record<string, Raw> {
  if (params instanceof URLSearchParams) {
    const out: Record<string, string[]> = {};
    for (const [k, v] of params) (out[k] ??= []).push(v);
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
  }
  return params;
}

/** For the API: a bad value is an error (400 with the field). */
export function parseSearchQueryStrict(params: Record<string, Raw> | URLSearchParams) {
  return searchQuerySchema.safeParse(flatten(params));
}

/** For the page: each malformed value is dropped (its default used); never throws. */
export function parseSearchQueryLenient(params: Record<string, Raw> | URLSearchParams): SearchQuery {
  const raw = flatten(params);
  const clean: Record<string, unknown> = {};
  for (const key of SEARCH_PARAM_KEYS) {
    const r = searchFieldSchemas[key].safeParse(raw[key]);
    if (r.success && r.data !== undefined) clean[key] = raw[key];
  }
  return searchQuerySchema.parse(clean);
}

/** The inline brief niches carry weight 1 each. */
export function inlineBriefNiches(q: SearchQuery): { id: NicheId; weight: number }[] {
  return (q.fitNiche ?? []).map((id) => ({ id, weight: 1 }));
}

/** Serialise a query back to URL parameters (defaults omitted), so links are short and stable. */
export function searchQueryToParams(q: Partial<SearchQuery>): URLSearchParams {
  const usp = new URLSearchParams();
  for (const key of SEARCH_PARAM_KEYS) {
    const v = q[key];
    if (v === undefined || v === null) continue;
    if (key === "page" && v === 1) continue;
    if (key === "pageSize" && v === DEFAULT_SEARCH_PAGE_SIZE) continue;
    if (key === "sort" && v === defaultSort(q)) continue;
    if (key === "order" && q.sort && v === DEFAULT_ORDER[q.sort]) continue;
    if (Array.isArray(v)) {
      if (v.length) usp.set(key, v.join(","));
    } else usp.set(key, String(v));
  }
  return usp;
}
