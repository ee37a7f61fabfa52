// What a list adds up to: counts by tier and status, cost, reach and engagements. Pure.
// An agreed price replaces the estimate (both ends of its range) and is counted as agreed; a creator
// with neither is counted as "without a price" and left out of the cost, never taken as $0.
import { TIERS, type Tier } from "../types";

export const SHORTLIST_STATUSES = ["candidate", "contacted", "negotiating", "approved", "rejected", "booked"] as const;
export type ShortlistStatus = (typeof SHORTLIST_STATUSES)[number];

/** The currency totals are summed in; items priced in another currency are counted apart. */
export const TOTALS_CURRENCY = "USD";

export type TotalsItem = {
  tier: Tier;
  status: ShortlistStatus;
  followers: number | null;
  expectedEngagements: number | null;
  priceLow: number | null;
  priceHigh: number | null;
  priceCurrency: string;
  agreedPrice: number | null;
};

export type ShortlistTotals = {
  count: number;
  byTier: Record<Tier, number>;
  byStatus: Record<ShortlistStatus, number>;
  /** Sum over priced items (agreed or estimated); null when no item has a price. */
  cost: { low: number; high: number; mid: number } | null;
  currency: string;
  pricedCount: number;
  agreedCount: number;
  /** Of the priced, how much of the mid comes from agreed prices. */
  agreedTotal: number;
  missingPriceCount: number;
  otherCurrencyCount: number;
  reach: number;
  reachMissingCount: number;
  engagements: number;
  engagementsMissingCount: number;
};

const num = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n) && n >= 0;

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** The price a creator counts with: agreed first, else the estimate's ends (one known end stands for both). */
export function effectivePrice(i: Pick<TotalsItem, "priceLow" | "priceHigh" | "priceCurrency" | "agreedPrice">): { low: number; high: number; agreed: boolean; currency: string } | null {
  if (num(i.agreedPrice)) return { low: i.agreedPrice, high: i.agreedPrice, agreed: true, currency: TOTALS_CURRENCY };
  if (!num(i.priceLow) && !num(i.priceHigh)) return null;
  const a = num(i.priceLow) ? i.priceLow : (i.priceHigh as number);
  const b = num(i.priceHigh) ? i.priceHigh : a;
  return { low: Math.min(a, b), high: Math.max(a, b), agreed: false, currency: i.priceCurrency.toUpperCase() };
}

export function shortlistTotals(items: readonly TotalsItem[]): ShortlistTotals {
  const t: ShortlistTotals = {
    count: items.length, byTier: zeroes(TIERS), byStatus: zeroes(SHORTLIST_STATUSES),
    cost: null, currency: TOTALS_CURRENCY, pricedCount: 0, agreedCount: 0, agreedTotal: 0, missingPriceCount: 0, otherCurrencyCount: 0,
    reach: 0, reachMissingCount: 0, engagements: 0, engagementsMissingCount: 0,
  };
  let low = 0;
  let high = 0;
  for (const i of items) {
    t.byTier[i.tier] += 1;
    t.byStatus[i.status] += 1;
    if (num(i.followers)) t.reach += i.followers;
    else t.reachMissingCount += 1;
    if (num(i.expectedEngagements)) t.engagements += i.expectedEngagements;
    else t.engagementsMissingCount += 1;
    const p = effectivePrice(i);
    if (!p) t.missingPriceCount += 1;
    else if (p.currency !== TOTALS_CURRENCY) t.otherCurrencyCount += 1;
    else {
      t.pricedCount += 1;
      low += p.low;
      high += p.high;
      if (p.agreed) {
        t.agreedCount += 1;
        t.agreedTotal += p.low;
      }
    }
  }
  if (t.pricedCount > 0) t.cost = { low, high, mid: (low + high) / 2 };
  return t;
}

/** "3 creators without a price", "1 creator without a price"; "" when none. */
export function countPhrase(n: number, what: string): string {
  if (n === 0) return "";
  return `${n} ${n === 1 ? "creator" : "creators"} ${what}`;
}
