// Price helpers shared by the rows, the sentence and the charts.
import type { CompareCreator } from "./types";

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Middle of the price range: the figure CPE and CPM are computed on. null when either end is unknown. */
export function midPrice(c: Pick<CompareCreator, "priceLow" | "priceHigh">): number | null {
  return isNum(c.priceLow) && isNum(c.priceHigh) ? (c.priceLow + c.priceHigh) / 2 : null;
}

/** The currency most known prices are in (ties: alphabetical); cost figures in another are not compared. */
export function mainCurrency(creators: readonly CompareCreator[]): string | null {
  const counts = new Map<string, number>();
  for (const c of creators) if (midPrice(c) !== null) counts.set(c.priceCurrency, (counts.get(c.priceCurrency) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}
