// The search query: one schema for the /search page URL and GET /api/creators.
// The API parses strictly (a bad value is a 400 naming the field); the page parses leniently
// (a bad value falls back to its default, so a mangled link still shows results). Unknown
// parameters are ignored by both.
import { z } from "zod";
import { BRIEF_PARAMS, FILTER_KEYS, FILTERS, type FilterKey } from "@/lib/search/filters";
import { single } from "./lists";

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

export { MAX_COUNT } from "@/lib/search/filters";

/** Every parameter: the filters and the brief parameters of the registry, then sort, order, paging, debug. */
export const searchFieldSchemas = {
  ...(Object.fromEntries(FILTER_KEYS.map((k) => [k, FILTERS[k].schema])) as { [K in FilterKey]: (typeof FILTERS)[K]["schema"] }),
  ...BRIEF_PARAMS,
  sort: single(z.enum(SEARCH_SORTS).optional()),
  order: single(z.enum(["asc", "desc"]).optional()),
  page: single(z.coerce.number().int().min(1).max(10_000).default(1)),
  pageSize: single(z.coerce.number().int().min(1).default(DEFAULT_SEARCH_PAGE_SIZE).transform((n) => Math.min(n, MAX_SEARCH_PAGE_SIZE))),
  /** The API adds how the page was found (`debug.path`, docs/search.md). */
  debug: single(z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1").optional()),
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

/** Serialise a query back to URL parameters (defaults omitted), so links are short and stable. */
export function searchQueryToParams(q: Partial<SearchQuery>): URLSearchParams {
  const usp = new URLSearchParams();
  for (const key of SEARCH_PARAM_KEYS) {
    const v = q[key];
    if (v === undefined || v === null) continue;
    if (key === "page" && v === 1) continue;
    if (key === "debug" && !v) continue;
    if (key === "pageSize" && v === DEFAULT_SEARCH_PAGE_SIZE) continue;
    if (key === "sort" && v === defaultSort(q)) continue;
    if (key === "order" && q.sort && v === DEFAULT_ORDER[q.sort]) continue;
    if (Array.isArray(v)) {
      if (v.length) usp.set(key, v.join(","));
    } else usp.set(key, String(v));
  }
  return usp;
}
