// What a creator's numbers can possibly be, and how a whole column of them is read. A column's decimal
// mark is chosen once from all of its sampled values: the reading under which every value parses, and
// where both do, the one whose values are possible for the field. Pure; documented in docs/import.md.
import { formatCompact, formatInteger, formatPercent } from "./format";
import { parseCount, parseDecimal, parseRate, detectCurrency, type ParsedMetric } from "./metrics";
import type { DecimalMark } from "./number-format";

/** The kinds of number a creator list holds, each with its own limits. */
export type MetricKind = "followers" | "following" | "posts" | "average" | "views" | "rate" | "price";

/** How one column's numbers are read: its decimal mark, and for rates whether bare numbers are percentages. */
export type ColumnReading = { decimal: DecimalMark; barePercent?: boolean };

// The largest account on any platform has under 700 million followers; no one follows ten million
// accounts or has posted ten million times; a single post's average likes or views stay far below.
const LIMITS: Record<Exclude<MetricKind, "rate" | "price">, { max: number; says: string }> = {
  followers: { max: 1e9, says: "over 1 billion followers" },
  following: { max: 1e7, says: "following over 10 million accounts" },
  posts: { max: 1e7, says: "over 10 million posts" },
  average: { max: 1e9, says: "over 1 billion per post" },
  views: { max: 1e10, says: "over 10 billion views per post" },
};

/** A million US dollars per post is beyond any creator's rate card; other currencies scale by their size. */
const PRICE_LIMIT_USD = 1e6;
/** Units per US dollar, rounded UP to a power of ten: only the order of magnitude matters for a limit. */
const CURRENCY_SCALE: Readonly<Record<string, number>> = {
  JPY: 1e3, KRW: 1e4, INR: 100, IDR: 1e5, VND: 1e5, HUF: 1e3, CLP: 1e3, COP: 1e4, ARS: 1e4, NGN: 1e4,
  PHP: 100, THB: 100, RUB: 100, TRY: 100, ZAR: 100, MXN: 100, CZK: 100, UAH: 100, EGP: 100, SEK: 100,
  NOK: 100, CNY: 10, HKD: 10, DKK: 10, PLN: 10, BRL: 10, RON: 10, AED: 10, SAR: 10, ILS: 10, MYR: 10,
};

/** Why `value` cannot be true for a field of this kind, or null when it can. Rates are fractions (1 = 100%). */
export function implausibility(kind: MetricKind, value: number, currency = "USD"): string | null {
  if (value < 0) return "negative";
  if (kind === "rate") return value > 1 ? "over 100%" : null;
  if (kind === "price") {
    const max = PRICE_LIMIT_USD * (CURRENCY_SCALE[currency] ?? 1);
    return value > max ? `over ${formatCompact(max)} ${currency} per post` : null;
  }
  return value > LIMITS[kind].max ? LIMITS[kind].says : null;
}

/**
 * An average per post that the follower count rules out: likes, comments or shares over 100 times
 * the followers, views over 1,000 times (a viral video can reach far beyond the audience, not that
 * far on average). Small accounts are judged as if they had 1,000 followers.
 */
export function implausibleAverage(kind: "average" | "views", avg: number, followers: number): string | null {
  const factor = kind === "views" ? 1000 : 100;
  return avg > factor * Math.max(followers, 1000) ? `over ${factor} times the ${formatInteger(followers)} followers` : null;
}

const COUNT_KINDS: readonly MetricKind[] = ["followers", "following", "posts"];
const ENDS_IN_UNIT = /\p{L}\.?$/u;
const FRACTION = "with a fraction of a count";

/** One value of the column under one reading. */
export function readValue(kind: MetricKind, raw: string, reading: ColumnReading): ParsedMetric {
  if (kind === "rate") return parseRate(raw, reading);
  if (kind === "price") return parseDecimal(raw, reading.decimal);
  return parseCount(raw, reading.decimal);
}

const THREE_DECIMALS = "would have three decimals, which no price has";

type Tally = { reading: ColumnReading; unreadable: number; impossible: number; reasons: Map<string, number> };

function tally(kind: MetricKind, values: readonly string[], reading: ColumnReading): Tally {
  const t: Tally = { reading, unreadable: 0, impossible: 0, reasons: new Map() };
  for (const raw of values) {
    const r = readValue(kind, raw, reading);
    if (r.kind === "missing") continue;
    if (r.kind === "invalid") {
      t.unreadable++;
      continue;
    }
    // A follower, following or post count cannot be fractional unless a unit scales it ("1.5K").
    let why = implausibility(kind, r.value, kind === "price" ? (detectCurrency(raw) ?? "USD") : undefined);
    if (!why && COUNT_KINDS.includes(kind) && /[.,]/.test(raw) && !ENDS_IN_UNIT.test(raw.trim()) && !Number.isInteger(unrounded(raw, reading.decimal))) {
      why = FRACTION;
    }
    // Prices have cents, never three decimals: "4.987 €" is 4,987 euros, "$1,250" is 1,250 dollars.
    if (!why && kind === "price" && new RegExp(`\\${reading.decimal}[0-9]{3}(?![0-9])`).test(raw) && !/[0-9][.,][0-9]{3}[.,]/.test(raw)) why = THREE_DECIMALS;
    if (why) {
      t.impossible++;
      t.reasons.set(why, (t.reasons.get(why) ?? 0) + 1);
    }
  }
  return t;
}

/** parseCount rounds; the fractional check needs the number before rounding. */
function unrounded(raw: string, decimal: DecimalMark): number {
  const r = parseDecimal(raw, decimal);
  return r.kind === "value" ? r.value : 0;
}

export type ColumnResolution = { reading: ColumnReading; note: string | null };

const MARK_NAME: Record<DecimalMark, string> = { ".": "decimal point", ",": "decimal comma" };

/**
 * The reading of a column of `kind` from its sampled values (raw text, as in the file): the decimal
 * mark under which fewer values are unreadable, then fewer impossible; a tie keeps the decimal point
 * (so a column that only ever has ",ddd" groups is read as thousands). `label` names the column in
 * the note that says what was decided when the choice mattered, for the preview.
 */
export function resolveColumnReading(kind: MetricKind, label: string, values: readonly string[]): ColumnResolution {
  const dot = tally(kind, values, { decimal: "." });
  const comma = tally(kind, values, { decimal: "," });
  const better = (a: Tally, b: Tally) => a.unreadable < b.unreadable || (a.unreadable === b.unreadable && a.impossible < b.impossible);
  const [chosen, other] = better(comma, dot) ? [comma, dot] : [dot, comma];
  const reading: ColumnReading = { ...chosen.reading };
  if (kind === "rate") {
    // Bare numbers (no "%") are all percentages when any of them is above 1 ("0.5" then means 0.5%).
    reading.barePercent = values.some((v) => {
      if (v.trim().endsWith("%")) return false;
      const r = parseDecimal(v, reading.decimal);
      return r.kind === "value" && r.value > 1;
    });
  }
  return { reading, note: noteFor(kind, label, values, chosen, other) };
}

function shownValue(kind: MetricKind, value: number): string {
  if (kind === "rate") return formatPercent(value, 2);
  if (kind === "price" && !Number.isInteger(value)) {
    const cents = Math.round(value * 100);
    return `${formatInteger(Math.floor(cents / 100))}.${String(cents % 100).padStart(2, "0")}`;
  }
  return formatInteger(value);
}

function noteFor(kind: MetricKind, label: string, values: readonly string[], chosen: Tally, other: Tally): string | null {
  const mark = chosen.reading.decimal;
  // The decimal point read as usual, with nothing the other reading could have read better: nothing to say.
  if (mark === "." && [...other.reasons.keys()].every((r) => r === FRACTION)) return null;
  // The first value the two readings read differently shows what the choice meant.
  let example = "";
  for (const v of values) {
    const a = readValue(kind, v, chosen.reading);
    const b = readValue(kind, v, other.reading);
    if (a.kind === "value" && (b.kind !== "value" || b.value !== a.value)) {
      example = ` \`${v.trim()}\` as ${shownValue(kind, a.value)}`;
      break;
    }
  }
  if (!example) return null;
  const why: string[] = [...other.reasons].map(([reason, n]) => `${n} value${n === 1 ? "" : "s"} ${reason}`);
  if (other.unreadable) why.push(`${other.unreadable} value${other.unreadable === 1 ? "" : "s"} it cannot read`);
  const head = `${label}: read${example} (${MARK_NAME[mark]})`;
  return why.length ? `${head}: the other reading gives ${why.join(" and ")}.` : `${head}.`;
}
