import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countPhrase, effectivePrice, SHORTLIST_STATUSES, shortlistTotals, type TotalsItem } from "@/lib/domain/shortlist";
import { TIERS } from "@/lib/domain/types";

const item = (over: Partial<TotalsItem>): TotalsItem => ({
  tier: "micro", status: "candidate", followers: 20_000, expectedEngagements: 600,
  priceLow: 100, priceHigh: 300, priceCurrency: "USD", agreedPrice: null, ...over,
});

describe("shortlist totals", () => {
  it("an agreed price replaces the estimate, and a creator without a price is counted, not summed as $0", () => {
    const t = shortlistTotals([
      item({ agreedPrice: 500 }), // estimate 100-300 is ignored
      item({ tier: "macro", status: "booked", followers: 700_000, expectedEngagements: 9_000, priceLow: 5_000, priceHigh: 10_000 }),
      item({ priceLow: null, priceHigh: null, expectedEngagements: null }),
    ]);
    expect(t.cost).toEqual({ low: 5_500, high: 10_500, mid: 8_000 });
    expect(t.agreedCount).toBe(1);
    expect(t.agreedTotal).toBe(500);
    expect(t.pricedCount).toBe(2);
    expect(t.missingPriceCount).toBe(1);
    expect(t.reach).toBe(740_000);
    expect(t.engagements).toBe(9_600);
    expect(t.engagementsMissingCount).toBe(1);
    expect(t.byTier).toEqual({ nano: 0, micro: 2, mid: 0, macro: 1, mega: 0 });
    expect(t.byStatus.booked).toBe(1);
    expect(t.byStatus.candidate).toBe(2);
  });

  it("no priced creator gives no cost at all, rather than $0", () => {
    const t = shortlistTotals([item({ priceLow: null, priceHigh: null })]);
    expect(t.cost).toBeNull();
    expect(t.missingPriceCount).toBe(1);
    expect(shortlistTotals([]).cost).toBeNull();
  });

  it("an agreed price of 0 is a price (a gifted post), not a missing one", () => {
    const t = shortlistTotals([item({ agreedPrice: 0, priceLow: null, priceHigh: null })]);
    expect(t.cost).toEqual({ low: 0, high: 0, mid: 0 });
    expect(t.missingPriceCount).toBe(0);
  });

  it("one known end of an estimate stands for both, and prices in another currency are kept out of the USD sum", () => {
    expect(effectivePrice(item({ priceLow: null, priceHigh: 400 }))).toMatchObject({ low: 400, high: 400, agreed: false });
    const t = shortlistTotals([item({ priceCurrency: "eur" }), item({})]);
    expect(t.otherCurrencyCount).toBe(1);
    expect(t.cost).toEqual({ low: 100, high: 300, mid: 200 });
  });

  const money = fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null });
  const arbItem = fc.record({
    tier: fc.constantFrom(...TIERS),
    status: fc.constantFrom(...SHORTLIST_STATUSES),
    followers: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
    expectedEngagements: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
    priceLow: money, priceHigh: money, priceCurrency: fc.constantFrom("USD", "usd", "EUR"), agreedPrice: money,
  });

  it("every creator is counted once: by tier, by status, and as priced, missing or in another currency", () => {
    fc.assert(fc.property(fc.array(arbItem, { maxLength: 60 }), (items) => {
      const t = shortlistTotals(items);
      const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
      expect(sum(t.byTier)).toBe(items.length);
      expect(sum(t.byStatus)).toBe(items.length);
      expect(t.pricedCount + t.missingPriceCount + t.otherCurrencyCount).toBe(items.length);
      expect(t.agreedCount).toBe(items.filter((i) => i.agreedPrice !== null).length);
    }));
  });

  it("the cost range brackets its mid, and the cost is the sum of each priced creator's own price", () => {
    fc.assert(fc.property(fc.array(arbItem, { maxLength: 60 }), (items) => {
      const t = shortlistTotals(items);
      if (!t.cost) {
        expect(t.pricedCount).toBe(0);
        return;
      }
      expect(t.cost.low).toBeLessThanOrEqual(t.cost.mid);
      expect(t.cost.mid).toBeLessThanOrEqual(t.cost.high);
      const lows = items.map((i) => (i.agreedPrice !== null ? i.agreedPrice : i.priceCurrency.toUpperCase() === "USD" ? Math.min(i.priceLow ?? i.priceHigh ?? Infinity, i.priceHigh ?? i.priceLow ?? Infinity) : Infinity));
      expect(t.cost.low).toBe(lows.filter(Number.isFinite).reduce((a, b) => a + b, 0));
    }));
  });

  it("says how many creators lack something, in words", () => {
    expect(countPhrase(3, "without a price")).toBe("3 creators without a price");
    expect(countPhrase(1, "without a price")).toBe("1 creator without a price");
    expect(countPhrase(0, "without a price")).toBe("");
  });
});
