// The sort keys that are the creators' own values, shared by a search's final ordering (./run.ts)
// and the kept orders that a search walks best first (./sorted.ts). Pure.
import type { Catalog } from "./catalog";

/** The sorts whose keys are the creators' own (no brief, no custom weights): kept in order by ./sorted.ts. */
export const STATIC_SORTS = new Set(["er", "engagements", "followers", "cpe", "growth"]);

/** Ascending key of a value sorted `desc` or not; NULL (NaN) last, or first when `nullsFirst`. */
export const key = (v: number, desc: boolean, nullsFirst = false) => (Number.isNaN(v) ? (nullsFirst ? -Infinity : Infinity) : desc ? -v : v);

/** Where keys are written: three columns, one position per match (or per slot). */
export type KeyColumns = readonly [Float64Array, Float64Array, Float64Array];

/**
 * The keys of a sort on the creators' own values (followers, rate, engagements, CPE, growth, and
 * "base": the stored score at the default weights), bound to `out`; null for any other sort.
 */
export function staticKeys(cat: Catalog, sort: string, desc: boolean, out: KeyColumns): ((i: number, at: number) => void) | null {
  const [k1, k2, k3] = out;
  const n = cat.num;
  const column = (col: Float64Array) => (i: number, at: number) => {
    k1[at] = key(col[i]!, desc);
    k2[at] = 0;
    k3[at] = 0;
  };
  switch (sort) {
    case "er": {
      const { flags } = cat;
      const rate = n.engagementRate;
      // Implausible rates (not rankable) never come first.
      return (i, at) => {
        k1[at] = flags[i]! & 2 ? 0 : 1;
        k2[at] = key(rate[i]!, desc);
        k3[at] = 0;
      };
    }
    case "engagements":
      return column(n.expectedEngagements);
    case "followers":
      return column(n.followers);
    case "cpe":
      return column(n.costPerEngagement);
    case "growth":
      return column(n.followerGrowth30d);
    case "base": {
      // ORDER BY "baseScore" dir, "baseConfidence" DESC, id: PostgreSQL puts NULL first when descending.
      const { baseScore, baseConfidence } = n;
      return (i, at) => {
        k1[at] = key(baseScore[i]!, desc, desc);
        k2[at] = key(baseConfidence[i]!, true, true);
        k3[at] = 0;
      };
    }
    default:
      return null;
  }
}
