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
  const p = effectivePriceSql("numeric");
  const [r] = await prisma.$queryRaw<TotalsRow[]>(sql`
    WITH r AS (
      SELECT c."tier"::text AS tier, i."status"::text AS status, c."followers" AS followers, c."expectedEngagements" AS ee,
             ${p.low} AS plow, ${p.high} AS phigh, ${p.isAgreed} AS agreed, ${p.currency} AS cur
      ${listItemsFrom(shortlistId)}
    ), priced AS (SELECT * FROM r WHERE plow IS NOT NULL AND cur = ${TOTALS_CURRENCY})
    SELECT
      (SELECT count(*)::int FROM r) AS count,
      (SELECT json_object_agg(tier, n) FROM (SELECT tier, count(*)::int AS n FROM r GROUP BY tier) t) AS by_tier,
      (SELECT json_object_agg(status, n) FROM (SELECT status, count(*)::int AS n FROM r GROUP BY status) s) AS by_status,
      (SELECT count(*)::int FROM priced) AS priced,
      (SELECT count(*)::int FROM priced WHERE agreed) AS agreed,
      (SELECT sum(plow)::text FROM priced WHERE agreed) AS agreed_total,
      (SELECT count(*)::int FROM r WHERE plow IS NULL) AS missing_price,
      (SELECT count(*)::int FROM r WHERE plow IS NOT NULL AND cur <> ${TOTALS_CURRENCY}) AS other_currency,
      (SELECT sum(plow)::text FROM priced) AS cost_low,
      (SELECT sum(phigh)::text FROM priced) AS cost_high,
      (SELECT ((sum(plow) + sum(phigh)) / 2)::text FROM priced) AS cost_mid,
      (SELECT sum(followers::bigint) FILTER (WHERE followers >= 0)::text FROM r) AS reach,
      (SELECT count(*) FILTER (WHERE NOT coalesce(followers >= 0, false))::int FROM r) AS reach_missing,
      (SELECT sum(ee::bigint) FILTER (WHERE ee >= 0)::text FROM r) AS engagements,
      (SELECT count(*) FILTER (WHERE NOT coalesce(ee >= 0, false))::int FROM r) AS engagements_missing
  `);
  const t = r!;
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
