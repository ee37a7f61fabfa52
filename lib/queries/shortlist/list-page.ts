// The list page's data at any list size: its totals as SQL aggregates over every item, and only the
// rows of the page it shows, in the page's sort (lib/queries/shortlist/list-order.ts). The export
// walks the same order (sortedItemIds) and reads full rows a batch at a time.
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { BrandBrief } from "@/lib/domain/fit";
import { NotFoundError } from "@/lib/domain/errors";
import { SHORTLIST_STATUSES, TOTALS_CURRENCY, type ListSortKey, type ShortlistStatus, type ShortlistTotals } from "@/lib/domain/shortlist";
import { TIERS, type Tier } from "@/lib/domain/types";
import { LIST_NOT_FOUND } from "./access";
import { effectivePriceSql, listItemsFrom, listOrderSql } from "./list-order";
import { briefOf, itemSelect, toItemRow, type ItemRow, type RawItem } from "./rows";

const { sql } = Prisma;

export type ListSort = { sort: ListSortKey; order: "asc" | "desc" };

/** The list's brief as fit reads it (null: none attached); NotFoundError outside the organisation. */
export async function listBrief(organizationId: string, shortlistId: string): Promise<BrandBrief | null> {
  const list = await prisma.shortlist.findFirst({
    where: { id: shortlistId, organizationId },
    select: { brief: { select: { niches: true, keywords: true, countries: true, languages: true, platforms: true } } },
  });
  if (!list) throw new NotFoundError(LIST_NOT_FOUND);
  return briefOf(list.brief);
}

type TotalsRow = {
  count: number; by_tier: Record<string, number> | null; by_status: Record<string, number> | null;
  priced: number; agreed: number; agreed_total: string | null; missing_price: number; other_currency: number;
  cost_low: string | null; cost_high: string | null; cost_mid: string | null;
  reach: string | null; reach_missing: number; engagements: string | null; engagements_missing: number;
};

/**
 * shortlistTotals over every item, summed by PostgreSQL: counts and integer sums exactly, money in
 * numeric (exact to the cent; the JavaScript sum of the same prices can be off in the last bits).
 */
export async function listTotals(shortlistId: string): Promise<ShortlistTotals> {
  const [r] = await prisma.$queryRaw<TotalsRow[]>(listTotalsSql(shortlistId));
  return toTotals(r!);
}

/** The one query listTotals runs (exported for EXPLAIN in the benchmark). */
export function listTotalsSql(shortlistId: string): Prisma.Sql {
  const p = effectivePriceSql("numeric");
  // Tiers and statuses are the enums' own constant labels (compared as enums, no cast per row).
  const countsBy = (col: string, keys: readonly string[]) =>
    sql`json_build_object(${Prisma.join(keys.map((k) => sql`${k}::text, count(*) FILTER (WHERE ${Prisma.raw(`${col} = '${k.replace(/'/g, "")}'`)})`))})`;
  // One pass over the list's items; each row's price is worked out once (OFFSET 0 keeps the inner
  // query from being folded into every aggregate that reads it).
  return sql`
    SELECT
      count(*)::int AS count, ${countsBy("tier", TIERS)} AS by_tier, ${countsBy("status", SHORTLIST_STATUSES)} AS by_status,
      count(*) FILTER (WHERE usd)::int AS priced,
      count(*) FILTER (WHERE usd AND agreed)::int AS agreed,
      (sum(plow) FILTER (WHERE usd AND agreed))::text AS agreed_total,
      count(*) FILTER (WHERE plow IS NULL)::int AS missing_price,
      count(*) FILTER (WHERE plow IS NOT NULL AND NOT usd)::int AS other_currency,
      (sum(plow) FILTER (WHERE usd))::text AS cost_low,
      (sum(phigh) FILTER (WHERE usd))::text AS cost_high,
      ((sum(plow) FILTER (WHERE usd) + sum(phigh) FILTER (WHERE usd)) / 2)::text AS cost_mid,
      (sum(followers::bigint) FILTER (WHERE followers >= 0))::text AS reach,
      count(*) FILTER (WHERE NOT coalesce(followers >= 0, false))::int AS reach_missing,
      (sum(ee::bigint) FILTER (WHERE ee >= 0))::text AS engagements,
      count(*) FILTER (WHERE NOT coalesce(ee >= 0, false))::int AS engagements_missing
    FROM (
      SELECT *, (plow IS NOT NULL AND cur = ${TOTALS_CURRENCY}) AS usd
      FROM (
        SELECT c."tier" AS tier, i."status" AS status, c."followers" AS followers, c."expectedEngagements" AS ee,
               ${p.low} AS plow, ${p.high} AS phigh, ${p.isAgreed} AS agreed, ${p.currency} AS cur
        ${listItemsFrom(shortlistId)}
        OFFSET 0
      ) r0
    ) r
  `;
}

function toTotals(t: TotalsRow): ShortlistTotals {
  const counts = <K extends string>(keys: readonly K[], got: Record<string, number> | null) =>
    Object.fromEntries(keys.map((k) => [k, got?.[k] ?? 0])) as Record<K, number>;
  const num = (s: string | null) => (s === null ? 0 : Number(s));
  return {
    count: t.count, byTier: counts<Tier>(TIERS, t.by_tier), byStatus: counts<ShortlistStatus>(SHORTLIST_STATUSES, t.by_status),
    cost: t.priced > 0 ? { low: num(t.cost_low), high: num(t.cost_high), mid: num(t.cost_mid) } : null,
    currency: TOTALS_CURRENCY, pricedCount: t.priced, agreedCount: t.agreed, agreedTotal: num(t.agreed_total),
    missingPriceCount: t.missing_price, otherCurrencyCount: t.other_currency,
    reach: num(t.reach), reachMissingCount: t.reach_missing, engagements: num(t.engagements), engagementsMissingCount: t.engagements_missing,
  };
}

/** Item ids in the page's order; `limit`/`offset` for one page, none for the whole list. */
export async function sortedItemIds(shortlistId: string, brief: BrandBrief | null, s: ListSort, page?: { limit: number; offset: number }): Promise<string[]> {
  const window = page ? sql`LIMIT ${page.limit} OFFSET ${page.offset}` : Prisma.empty;
  const rows = await prisma.$queryRaw<{ id: string }[]>(sql`SELECT i."id" ${listItemsFrom(shortlistId)} ${listOrderSql(s.sort, s.order, brief)} ${window}`);
  return rows.map((r) => r.id);
}

/** Full rows of these items, in the order given (an id no longer on the list is skipped). */
export async function itemRowsByIds(shortlistId: string, ids: readonly string[], brief: BrandBrief | null): Promise<ItemRow[]> {
  if (!ids.length) return [];
  const items = await prisma.shortlistItem.findMany({ where: { shortlistId, id: { in: [...ids] } }, select: itemSelect });
  const byId = new Map(items.map((i) => [i.id, i]));
  return ids.flatMap((id) => {
    const i = byId.get(id);
    return i ? [toItemRow(i as RawItem, brief)] : [];
  });
}

/** One page of the list (1-based) and the totals over all of it. */
export async function listPage(organizationId: string, shortlistId: string, s: ListSort & { page: number }, pageSize: number) {
  const brief = await listBrief(organizationId, shortlistId);
  const [totals, rows] = await Promise.all([
    listTotals(shortlistId),
    sortedItemIds(shortlistId, brief, s, { limit: pageSize, offset: (s.page - 1) * pageSize }).then((ids) => itemRowsByIds(shortlistId, ids, brief)),
  ]);
  return { totals, rows };
}
