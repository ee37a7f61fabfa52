// "What differs most": one computed sentence, e.g. "@a reaches 12x more people than @b; @b earns
// 3.1x the engagements per dollar of @a." Honest when data is missing. Pure.
import { formatInteger } from "../format";
import { spread } from "./best";
import { mainCurrency, midPrice } from "./money";
import type { CompareCreator } from "./types";
import { formatHandle } from "@/lib/domain/handles";

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Below this ratio two figures count as close. */
export const CLOSE_RATIO = 1.1;

type Metric = {
  name: string;
  /** "size" figures grow together (reach, engagements per post); "value" is what the money buys. */
  kind: "size" | "value";
  value: (c: CompareCreator) => number | null;
  phrase: (top: string, bottom: string, ratio: string) => string;
};

/** Reach, engagements per post and per dollar: the engagement rate is their quotient, so it adds nothing here. */
function metrics(currency: string | null): Metric[] {
  const rankable = (f: (c: CompareCreator) => number | null) => (c: CompareCreator) => (c.engagementRankable ? f(c) : null);
  return [
    { name: "reach", kind: "size", value: (c) => c.followers, phrase: (t, b, r) => `${t} reaches ${r} more people than ${b}` },
    {
      name: "engagements per dollar",
      kind: "value",
      // Engagements bought per unit of money: 1 / CPE. Only within one currency.
      value: rankable((c) => {
        const m = midPrice(c);
        return currency !== null && c.priceCurrency === currency && m !== null && m > 0 && isNum(c.expectedEngagements) ? c.expectedEngagements / m : null;
      }),
      phrase: (t, b, r) => `${t} earns ${r} the engagements per ${currency === "USD" ? "dollar" : `${currency} spent`} of ${b}`,
    },
    { name: "engagements per post", kind: "size", value: rankable((c) => c.expectedEngagements), phrase: (t, b, r) => `${t} gets ${r} the engagements per post of ${b}` },
  ];
}

/** 12.4 -> "12x", 3.14 -> "3.1x", 2.0 -> "2x". */
export function formatRatio(r: number): string {
  if (r >= 10) return `${formatInteger(r)}x`; // "5,501x", never "5501x"
  const s = r.toFixed(1);
  return `${s.endsWith(".0") ? s.slice(0, -2) : s}x`;
}

const at = (c: CompareCreator) => formatHandle(c.handle);

/**
 * The metric with the widest max/min ratio, then the widest one led by someone else (for contrast),
 * else the widest of the other kind. Ratios under CLOSE_RATIO are not worth a sentence. Metrics some creators lack
 * are named as unknown for them.
 */
export function whatDiffersMost(creators: readonly CompareCreator[]): string {
  if (creators.length < 2) return "Pick at least two creators to see what differs.";
  const found = metrics(mainCurrency(creators)).flatMap((m) => {
    const s = spread(creators, m.value);
    return s ? [{ m, ...s }] : [];
  });
  if (found.length === 0) return "Too little data to say what differs most: engagements and prices are unknown for most of these creators.";
  const wide = found.filter((f) => f.ratio >= CLOSE_RATIO).sort((a, b) => b.ratio - a.ratio);
  if (wide.length === 0) return `These creators are within ${Math.round((CLOSE_RATIO - 1) * 100)}% of each other on ${found.map((f) => f.m.name).join(", ")}.`;
  const first = wide[0]!;
  // Contrast first: a gap someone else leads, else a gap of another kind; never a second "size" gap
  // by the same leader, which would only restate the first.
  const rest = wide.slice(1);
  const second = rest.find((f) => f.top !== first.top) ?? rest.find((f) => f.m.kind !== first.m.kind);
  const picked = second ? [first, second] : [first];
  const clauses = picked.map((f) => f.m.phrase(at(f.top), at(f.bottom), formatRatio(f.ratio)));
  const gaps = picked.filter((f) => f.unknown.length).map((f) => `${f.m.name} unknown for ${f.unknown.map(at).join(", ")}`);
  const sentence = clauses.join("; ") + ".";
  return gaps.length ? `${sentence} (${gaps.join("; ")}.)` : sentence;
}
