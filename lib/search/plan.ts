// A search request resolved once into the plan that every layer below reads: the query, its
// normalised text, the brief and its targets, the weights normalised, the filters checked for
// conflicts, the page's offset and the count's cap. Nothing below recomputes these. Pure.
import { briefKeywords, briefTargets, type BrandBrief } from "@/lib/domain/fit";
import { DEFAULT_WEIGHTS, normalizeWeights, SCORE_KEYS, type ScoreWeights } from "@/lib/domain/score";
import type { TierThresholds } from "@/lib/domain/tiers";
import { normaliseSearchText, type SearchQuery } from "@/lib/validation/search";
import { filterConflicts, type FilterConflict } from "./conflicts";
import { fitShareOfScore } from "./score-bound";

/** Totals are counted exactly up to this many matches. */
export const COUNT_CAP = 10_000;
/**
 * With free text, up to this many: each text match is a heap fetch with a trigram recheck, and
 * counting 10,001 of them read ~7,500 table pages (140-160 ms at 1M creators, docs/performance.md).
 */
export const TEXT_COUNT_CAP = 1_000;

export type SearchPlan = {
  query: SearchQuery;
  /** Normalised free text ("" when none: a lone "@" is none). */
  text: string;
  brief: BrandBrief | null;
  /** The brief's targets and keywords as fit reads them (lib/domain/fit.ts), computed once. */
  targets: ReturnType<typeof briefTargets> | null;
  keywords: string[];
  /** Summing to 1. */
  weights: ScoreWeights;
  /** The score is the stored "baseScore": no brief and the default weights. */
  base: boolean;
  /** Fit's share of the score when the other weights keep the default proportions (score-bound), else null. */
  wFit: number | null;
  offset: number;
  /** The count stops here (TEXT_COUNT_CAP with free text, else COUNT_CAP). */
  cap: number;
  /** Filters no creator can match together; the search answers empty without SQL when any. */
  conflicts: FilterConflict[];
};

/** The URL's weights (wEng, wFit, wAuth, wCost: any scale) scaled to sum to 1, else the defaults. */
export function weightsFromQuery(q: SearchQuery): ScoreWeights {
  const set = [q.wEng, q.wFit, q.wAuth, q.wCost].some((w) => w !== undefined);
  if (!set) return { ...DEFAULT_WEIGHTS };
  return normalizeWeights({ engagement: q.wEng ?? 0, fit: q.wFit ?? 0, authenticity: q.wAuth ?? 0, cost: q.wCost ?? 0 });
}

/** `weights` defaults to the query's; `thresholds` (the workspace's tiers) to the defaults. */
export function planSearch(query: SearchQuery, brief: BrandBrief | null, weights: ScoreWeights = weightsFromQuery(query), thresholds?: TierThresholds): SearchPlan {
  const text = query.q ? normaliseSearchText(query.q) : "";
  const w = normalizeWeights(weights);
  const d = normalizeWeights(DEFAULT_WEIGHTS);
  return {
    query,
    text,
    brief,
    targets: brief ? briefTargets(brief) : null,
    keywords: brief ? briefKeywords(brief) : [],
    weights: w,
    base: brief === null && SCORE_KEYS.every((k) => w[k] === d[k]),
    wFit: fitShareOfScore(w),
    offset: (query.page - 1) * query.pageSize,
    cap: text ? TEXT_COUNT_CAP : COUNT_CAP,
    conflicts: filterConflicts(query, thresholds),
  };
}
