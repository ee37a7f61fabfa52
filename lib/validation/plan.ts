// The planner's request: one schema for the /plan page URL, GET /api/plan (query) and POST /api/plan
// (JSON body). The pool's search filters are /search's own field schemas, so a filter means here
// exactly what it means on /search. Unknown parameters are ignored.
import { z } from "zod";
import { PLAN_GOALS } from "@/lib/domain/plan";
import { idParam } from "./shortlist";
import { searchFieldSchemas, type SearchQuery } from "./search";

/** The largest budget the planner takes (USD). */
export const MAX_PLAN_BUDGET = 10_000_000;
/** The most creators a pool holds: the best by base score (the pool is then "capped"). */
export const MAX_PLAN_POOL = 5_000;
export const MAX_PLAN_CREATORS_LIMIT = 1_000;

const single = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v), schema);

/** /search's filters that can describe a pool (not its sort, page or weights). */
export const POOL_FILTER_KEYS = [
  "q", "platform", "tier", "minFollowers", "maxFollowers", "minEr", "maxEr", "band", "niche", "country", "language",
  "minAuthenticity", "maxPrice", "hasEmail", "freshDays",
] as const satisfies readonly (keyof typeof searchFieldSchemas)[];

const poolFilters = Object.fromEntries(POOL_FILTER_KEYS.map((k) => [k, searchFieldSchemas[k]])) as Pick<typeof searchFieldSchemas, (typeof POOL_FILTER_KEYS)[number]>;

export const planQuerySchema = z
  .object({
    budget: single(
      z.coerce
        .number({ error: "Give the budget as a number of US dollars." })
        .refine((n) => Number.isFinite(n), "Give the budget as a number of US dollars.")
        .refine((n) => n > 0, "The budget must be more than $0.")
        .refine((n) => n <= MAX_PLAN_BUDGET, "The budget can be at most $10,000,000."),
    ),
    goal: single(z.enum(PLAN_GOALS, { error: "The goal is reach, engagements or balance." }).default("engagements")),
    /** "list": a shortlist of the organisation; "search": the creators matching the filters. */
    pool: single(z.enum(["search", "list"], { error: "The pool is a shortlist (list) or search filters (search)." }).optional()),
    list: single(idParam.optional()),
    brief: searchFieldSchemas.brief,
    fitNiche: searchFieldSchemas.fitNiche,
    fitKeywords: searchFieldSchemas.fitKeywords,
    fitCountry: searchFieldSchemas.fitCountry,
    maxCreators: single(z.coerce.number().int("Most creators is a whole number.").min(1, "Most creators is at least 1.").max(MAX_PLAN_CREATORS_LIMIT, `Most creators is at most ${MAX_PLAN_CREATORS_LIMIT}.`).optional()),
    minAuth: single(z.coerce.number().min(0, "Least authenticity is 0 to 100.").max(100, "Least authenticity is 0 to 100.").optional()),
    platforms: searchFieldSchemas.platform,
    /** "on": predicted engagements calibrated on the organisation's own results (when it has enough); "off" or absent: the benchmarks. */
    calibrate: single(z.enum(["on", "off"], { error: "calibrate is on or off." }).optional()),
    ...poolFilters,
  })
  .transform((q, ctx) => {
    const pool = q.pool ?? (q.list ? "list" : "search");
    if (pool === "list" && !q.list) {
      ctx.addIssue({ code: "custom", path: ["list"], message: "Pick a shortlist for the pool." });
      return z.NEVER;
    }
    return { ...q, pool, platforms: q.platforms?.length ? q.platforms : undefined };
  });

export type PlanQuery = z.output<typeof planQuerySchema>;

/** True when the platform filter and the platform limit share no platform: nobody can match. */
export function platformsDisjoint(q: PlanQuery): boolean {
  return !!q.platforms && !!q.platform?.length && !q.platform.some((p) => q.platforms!.includes(p));
}

/**
 * The pool's filters as a search query (what lib/queries/search/where.ts reads). The
 * limits on platforms and authenticity narrow it too, so that the capped pool is chosen among the
 * creators that can be planned.
 */
export function poolSearchQuery(q: PlanQuery): SearchQuery {
  const filters = Object.fromEntries(POOL_FILTER_KEYS.map((k) => [k, q[k]])) as Partial<SearchQuery>;
  const platform = q.platforms ? (filters.platform ? filters.platform.filter((p) => q.platforms!.includes(p)) : q.platforms) : filters.platform;
  const minAuthenticity = q.minAuth === undefined ? filters.minAuthenticity : Math.max(q.minAuth, filters.minAuthenticity ?? 0);
  return {
    ...filters,
    platform,
    minAuthenticity,
    brief: q.brief,
    fitNiche: q.fitNiche,
    fitKeywords: q.fitKeywords,
    fitCountry: q.fitCountry,
    sort: "score",
    order: "desc",
    page: 1,
    pageSize: MAX_PLAN_POOL,
  } as SearchQuery;
}

/** Saving an option: as a new list (name) or onto an existing one (shortlistId). */
export const savePlanOptionSchema = z
  .object({
    mode: z.enum(["new", "existing"]),
    name: z.string().trim().max(120, "Keep the name under 120 characters.").optional(),
    shortlistId: idParam.optional().or(z.literal("").transform(() => undefined)),
    creatorIds: z
      .union([z.string(), z.array(z.string())])
      .transform((raw) => [...new Set((Array.isArray(raw) ? raw : [raw]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean))])
      .pipe(z.array(idParam).min(1, "The option holds no creators.").max(MAX_PLAN_CREATORS_LIMIT * 5)),
  })
  .superRefine((v, ctx) => {
    if (v.mode === "new" && !v.name) ctx.addIssue({ code: "custom", path: ["name"], message: "Give the new list a name." });
    if (v.mode === "existing" && !v.shortlistId) ctx.addIssue({ code: "custom", path: ["shortlistId"], message: "Pick a list." });
  });
export type SavePlanOptionInput = z.output<typeof savePlanOptionSchema>;
