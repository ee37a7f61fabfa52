// Sorting a list's rows on its page. Missing values sort last in either direction; equal values
// (and missing ones) by handle, then platform, both A to Z in code point order. Pure.
// lib/queries/shortlist/list-order.ts sorts the same way in SQL (ORDER BY ... COLLATE "C": UTF-8
// byte order is code point order); tests/integration/shortlist-20k.test.ts checks both agree.
// Code point order, not the server's locale (localeCompare), so the order is the same on every
// machine and the database can produce it: a creator's (platform, handle) is unique, so no two
// rows of a list tie.
import { TIERS } from "../types";
import { effectivePrice, SHORTLIST_STATUSES, type ShortlistStatus } from "./totals";
import type { ListRow } from "./columns";

export const LIST_SORT_KEYS = ["added", "handle", "tier", "followers", "er", "engagements", "fit", "authenticity", "price", "score", "status"] as const;
export type ListSortKey = (typeof LIST_SORT_KEYS)[number];

type Sortable = ListRow & { addedAt: Date };

/** The value a row sorts by for each key (null: missing, sorts last). */
export const LIST_SORT_VALUE: Readonly<Record<ListSortKey, (r: Sortable) => number | string | null>> = {
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

/** UTF-16 code unit -> a number that orders as code points do (surrogates above U+E000-U+FFFF). */
const unitRank = (u: number) => (u >= 0xe000 ? u - 0x800 : u >= 0xd800 ? u + 0x2000 : u);

/** Compares two strings by code point, as PostgreSQL's "C" collation compares UTF-8. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return unitRank(x) - unitRank(y);
  }
  return a.length - b.length;
}

const byHandle = (a: Sortable, b: Sortable) => compareCodePoints(a.handle, b.handle) || compareCodePoints(a.platform, b.platform);

export function sortListRows<T extends Sortable>(rows: readonly T[], key: ListSortKey, order: "asc" | "desc"): T[] {
  const get = LIST_SORT_VALUE[key];
  const dir = order === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = get(a);
    const y = get(b);
    if (x === null || y === null) return x === y ? byHandle(a, b) : x === null ? 1 : -1;
    const c = typeof x === "string" ? compareCodePoints(x, y as string) : x - (y as number);
    return c !== 0 ? c * dir : byHandle(a, b);
  });
}
