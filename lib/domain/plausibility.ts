// What a creator's numbers can possibly be, and how a whole column of them is read. A column's decimal
// mark is chosen once from all of its sampled values: the reading under which every value parses, and
// where both do, the one whose values are possible for the field. Pure; documented in docs/import.md.
import { formatCompact, formatInteger, formatPercent } from "./format";
import { parseCount, parseDecimal, parseRate, detectCurrency, type ParsedMetric } from "./metrics";
import type { DecimalMark } from "./number-format";

/** The kinds of number a creator list holds, each with its own limits. */
export type MetricKind = "followers" | "following" | "posts" | "average" | "views" | "rate" | "price";

/**
 * How one column's numbers are read: its decimal mark, for rates whether bare numbers are percentages,
 * and for prices the currency its header names ("Prix (EUR)"), used for cells that name none.
 */
export type ColumnReading = { decimal: DecimalMark; barePercent?: boolean; currency?: string };

/**
 * What the rest of the file says about a column: the decimal mark its other numeric columns were
 * decided on (when they agree), the currency in the column's header, and each sampled row's follower
 * count (same order as the values) so that a price can be judged against the account's size.
 */
export type ColumnContext = { fileDecimal?: DecimalMark; currency?: string; followers?: readonly (number | null)[] };

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

type Tally = { reading: ColumnReading; unreadable: number; impossible: number; reasons: Map<string, number> };

/**
 * A price too low to be a real rate card, which only weighs the choice of a column's reading (a row
 * is not refused for it): under 1 unit of its currency, or under about 5 US dollars per post for an
 * account with over 10,000 followers.
 */
export function implausiblyLowPrice(value: number, currency: string, followers: number | null | undefined): string | null {
  if (value > 0 && value < 1) return `under 1 ${currency} per post`;
  const floor = 5 * (CURRENCY_SCALE[currency] ?? 1);
  if (value > 0 && value < floor && followers != null && followers > 10_000) return `under ${floor} ${currency} per post for over 10,000 followers`;
  return null;
}

function tally(kind: MetricKind, values: readonly string[], reading: ColumnReading, ctx: ColumnContext = {}): Tally {
  const t: Tally = { reading, unreadable: 0, impossible: 0, reasons: new Map() };
  for (const [i, raw] of values.entries()) {
    const r = readValue(kind, raw, reading);
    if (r.kind === "missing") continue;
    if (r.kind === "invalid") {
      t.unreadable++;
      continue;
    }
    // A follower, following or post count cannot be fractional unless a unit scales it ("1.5K").
    const currency = kind === "price" ? (detectCurrency(raw) ?? ctx.currency ?? "USD") : undefined;
    let why = implausibility(kind, r.value, currency);
    if (!why && currency) why = implausiblyLowPrice(r.value, currency, ctx.followers?.[i]);
    if (!why && COUNT_KINDS.includes(kind) && /[.,]/.test(raw) && !ENDS_IN_UNIT.test(raw.trim()) && !Number.isInteger(unrounded(raw, reading.decimal))) {
      why = FRACTION;
    }
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

/** The reading, a note for the preview when the choice mattered, and whether the values decided it (the other reading did worse). */
export type ColumnResolution = { reading: ColumnReading; note: string | null; decided: boolean };

const MARK_NAME: Record<DecimalMark, string> = { ".": "decimal point", ",": "decimal comma" };

/** Values whose every separator is a single dot (or comma) before exactly three digits ("1.000", "4.841 €"): that mark groups thousands. */
function groupingOnlyMark(values: readonly string[]): DecimalMark | null {
  let mark: DecimalMark | null = null;
  for (const v of values) {
    const s = v.replace(/[^0-9.,]/g, "");
    if (!/[.,]/.test(s)) continue;
    const m = /^[1-9][0-9]{0,2}([.,])[0-9]{3}$/.exec(s);
    if (!m || (mark && m[1] !== mark)) return null;
    mark = m[1] as DecimalMark;
  }
  return mark;
}

/** Bare rate values (no "%") whose median as a fraction would be over 20%, an engagement no account has: they are percents. */
const BARE_PERCENT_MEDIAN = 0.2;

function barePercentOf(values: readonly string[], decimal: DecimalMark): { barePercent: boolean; byMedian: number | null } {
  const bare: number[] = [];
  for (const v of values) {
    if (v.trim().endsWith("%")) continue;
    const r = parseDecimal(v, decimal);
    if (r.kind === "value") bare.push(r.value);
  }
  if (bare.length === 0) return { barePercent: false, byMedian: null };
  bare.sort((a, b) => a - b);
  const median = bare.length % 2 ? bare[(bare.length - 1) / 2]! : (bare[bare.length / 2 - 1]! + bare[bare.length / 2]!) / 2;
  if (bare.some((n) => n > 1)) return { barePercent: true, byMedian: null };
  return median > BARE_PERCENT_MEDIAN ? { barePercent: true, byMedian: median } : { barePercent: false, byMedian: null };
}

/**
 * The reading of a column of `kind` from its sampled values (raw text, as in the file): the decimal
 * mark under which fewer values are unreadable, then fewer impossible (for a price, also too low for a
 * rate card). A tie keeps the decimal point, but where the separators are all a single mark before
 * three digits ("1.000", "4.841 €") that mark groups thousands, and for a price otherwise the mark the
 * file's other columns were decided on wins. `label` names the column in the note that says what was decided when
 * the choice mattered, for the preview.
 */
export function resolveColumnReading(kind: MetricKind, label: string, values: readonly string[], ctx: ColumnContext = {}): ColumnResolution {
  const dot = tally(kind, values, { decimal: "." }, ctx);
  const comma = tally(kind, values, { decimal: "," }, ctx);
  const better = (a: Tally, b: Tally) => a.unreadable < b.unreadable || (a.unreadable === b.unreadable && a.impossible < b.impossible);
  let preferComma = better(comma, dot);
  if (kind !== "rate" && !preferComma && !better(dot, comma)) {
    // A tie: every value reads both ways. Separators that are all one mark before three digits
    // ("1.000", "4.841 €") group thousands, for counts as for prices (a count written "1.000" is a
    // thousand, not one); a price otherwise follows the mark the file's other columns chose.
    const grouping = groupingOnlyMark(values);
    preferComma = grouping ? grouping === "." : kind === "price" && ctx.fileDecimal === ",";
  }
  const [chosen, other] = preferComma ? [comma, dot] : [dot, comma];
  const reading: ColumnReading = { ...chosen.reading };
  if (kind === "price" && ctx.currency) reading.currency = ctx.currency;
  let note = noteFor(kind, label, values, chosen, other);
  if (kind === "rate") {
    // Bare numbers (no "%") are all percentages when any is above 1 ("0.5" then means 0.5%), or
    // when, all under 1, their median would be an engagement rate no account has (0.20, 0.93 = 0.2%, 0.93%).
    const { barePercent, byMedian } = barePercentOf(values, reading.decimal);
    reading.barePercent = barePercent;
    if (byMedian !== null) {
      const said = `${label}: numbers without "%" read as percentages (\`${byMedian}\` as ${formatPercent(byMedian / 100, 2)}): as fractions their median would be a ${formatPercent(byMedian, 0)} engagement rate.`;
      note = note ? `${note} ${said}` : said;
    }
  }
  return { reading, note, decided: better(chosen, other) };
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
