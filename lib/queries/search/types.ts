// The search's types and limits, shared by its files (docs/search.md).
import type { Prisma } from "@/lib/db/generated/client";
import type { DataComponent, ScoreWeights } from "@/lib/domain/score";
import type { CreatorRow } from "@/lib/domain/creator-row";
import type { EngagementBand } from "@/lib/domain/types";
import type { ResolvedBrief } from "@/lib/search/brief";
import type { FilterConflict } from "@/lib/search/conflicts";
import type { Page } from "../pagination";


/** A search result: the creator row (lib/domain/creator-row.ts) with what the search computed. */
export type SearchRow = CreatorRow & {
  engagementBand: EngagementBand | null;
  hasEmail: boolean;
  fit: number | null;
  /** One decimal, 0-100 (lib/domain/score.ts). */
  score: number;
  /** Percent of the score's weight backed by this creator's data; the rest counted at priors. */
  scoreConfidence: number;
  /** Components with no data, counted at their prior. */
  missing: DataComponent[];
};


/**
 * `totalCapped`: more than `countCap` creators match and `total` is `countCap` (shown as "10,000+",
 * or "1,000+" for free text). `conflicts`: filters that exclude each other (then the page is empty
 * and no SQL ran). `path`: how the page was found (lib/queries/search/run.ts).
 */
export type SearchResult = Page<SearchRow> & {
  totalCapped: boolean; countCap: number; brief: ResolvedBrief | null; weights: ScoreWeights; conflicts: FilterConflict[]; path: SearchPath;
};

/**
 * How a page was found (docs/search.md): "scan" read the catalog's columns (every search without free
 * text); the rest are the SQL paths of free text; "direct" sorts every match (an index walk when the
 * order has one).
 */
export type SearchPath = "none" | "scan" | "direct" | "small-set" | "relevance" | "fit-sets" | "score-bound" | "rerank";

/** A brief- or custom-weight score sort is exact over at most this many matching creators. */
export const EXACT_RANK_LIMIT = 5_000;
/** Beyond that, it re-ranks exactly the top this-many by the stored default score (and by it within the brief's niches). */
export const RERANK_CANDIDATES = 2_000;
/** The "score-bound" strategy serves pages that end at most this deep (offset + pageSize). */
export const SCORE_BOUND_MAX_DEPTH = 500;

/** A page's row as the statement reads it (./list.ts); the band is the row's (lib/domain/engagement.ts), given by searchCreators. */
export type RawRow = Omit<SearchRow, "authenticityFlags" | "priceLow" | "priceHigh" | "score" | "fit" | "missing" | "engagementBand"> & {
  authenticityFlags: unknown;
  priceLow: number | null;
  priceHigh: number | null;
  score: number | bigint | null;
  fit: number | bigint | null;
};

/** Runs one statement and returns its rows: queryRows (lib/db/client.ts) in the app, a pg pool in the benchmark. */
export type Exec = <T>(statement: Prisma.Sql) => Promise<T[]>;
