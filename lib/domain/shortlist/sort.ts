// Sorting a list's rows on its page. Missing values sort last in either direction. Pure.
import { TIERS } from "../types";
import { effectivePrice, SHORTLIST_STATUSES, type ShortlistStatus } from "./totals";
import type { ListRow } from "./columns";

export const LIST_SORT_KEYS = ["added", "handle", "tier", "followers", "er", "engagements", "fit", "authenticity", "price", "score", "status"] as const;
export type ListSortKey = (typeof LIST_SORT_KEYS)[number];

type Sortable = ListRow & { addedAt: Date };

const KEY: Record<ListSortKey, (r: Sortable) => number | string | null> = {
  added: (r) => r.addedAt.getTime(),
  handle: (r) => r.handle,
  tier: (r) => TIERS.indexOf(r.tier),
  followers: (r) => r.followers,
  er: (r) => r.engagementRate,
  engagements: (r) => r.expectedEngagements,
  fit: (r) => r.fit,
  authenticity: (r) => r.authenticityScore,
  price: (r) => {
    const p = effectivePrice(r);
    return p ? (p.low + p.high) / 2 : null;
  },
  score: (r) => r.score,
  status: (r) => SHORTLIST_STATUSES.indexOf(r.status as ShortlistStatus),
};

export function sortListRows<T extends Sortable>(rows: readonly T[], key: ListSortKey, order: "asc" | "desc"): T[] {
  const get = KEY[key];
  const dir = order === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = get(a);
    const y = get(b);
    if (x === null || y === null) return x === y ? a.handle.localeCompare(b.handle) : x === null ? 1 : -1;
    const c = typeof x === "string" ? x.localeCompare(y as string) : x - (y as number);
    return c !== 0 ? c * dir : a.handle.localeCompare(b.handle);
  });
}
