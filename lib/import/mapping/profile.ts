// What a column holds, measured on a sample of its values: how many are numbers (and how big),
// handles by each platform's rules, e-mails, URLs (to which platform), countries, languages,
// platform names, category words, free text. The mapper scores fields against this, not the header alone.
import { cleanHandle, handleProblem, urlPlatform, youtubeChannelIdIn } from "@/lib/domain/handles";
import { MISSING_TOKENS, detectCurrency, parseCount, parseDecimal, parseRate } from "@/lib/domain/metrics";
import { readValue, resolveColumnReading, type MetricKind } from "@/lib/domain/plausibility";
import { NICHES, normaliseLabel } from "@/lib/domain/niches";
import { PLATFORMS, type Platform } from "@/lib/domain/types";
import { parsePlatform } from "../platform-names";
import { countryCode } from "../text";

export const PROFILE_ROWS = 1000;

export type ColumnProfile = {
  header: string;
  index: number;
  /** Rows looked at, and how many of them had a value. */
  rows: number;
  filled: number;
  /** Shares of the filled values (0-1). */
  unique: number;
  numeric: number;
  percent: number;
  compact: number;
  integer: number;
  /** Numbers written as a fraction below 1 ("0.0205", ",5"): a rate, never a count. */
  fraction: number;
  currency: number;
  /** Numbers 1, 2, 3... in file order: a rank, whatever the header says. */
  sequence: number;
  /** Of the numbers: median and 90th percentile (percent values as written, "3.5%" -> 3.5). */
  median: number | null;
  p90: number | null;
  /**
   * The median and 90th percentile as the import will read the column for a kind of count: its decimal
   * mark chosen from all its values as lib/domain/plausibility.ts chooses it for the import, so that a
   * hint ("median 396") shows the figure the import stores, not another reading ("396,123").
   */
  countsAs: (kind: Exclude<MetricKind, "rate" | "price">) => { median: number | null; p90: number | null };
  handle: Record<Platform, number>;
  at: number;
  spaces: number;
  /** Values that still have spaces once read as a handle (a glued "Name (@handle)" has none). */
  handleSpaces: number;
  /** Values that hold a YouTube channel ID ("UC…", bare, in its address or glued after a name). */
  channelId: number;
  upper: number;
  email: number;
  url: number;
  urlPlatform: Partial<Record<Platform, number>>;
  country: number;
  language: number;
  platformName: number;
  niche: number;
  avgLength: number;
  examples: string[];
  /** Values with spaces, shown when that is why the column is no handle. */
  spacedExamples: string[];
};

const MISSING = new Set(MISSING_TOKENS);
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const COMPACT_RE = /[0-9]\s*(k|m|mm|mn|b|bn|mio\.?|tsd\.?|mil|lakh|crore|만|억|万|億)\s*$/i;
const NUMBER_RE = /^[\s$€£¥₩₹+\-]*[0-9]/;
const LOCALE_NUMBER_RE = /^[\s$€£¥₩₹+\-]*[0-9][0-9.,\s'\u00a0\u202f]*\s*(k|m|b|mio\.?|mrd\.?|tsd\.?|mil|mi|lakh|crore|만|억|万|億|%)?\s*$/i;

let languageNames: Set<string> | null = null;
let languageCodes: Intl.DisplayNames | null = null;
function isLanguage(v: string): boolean {
  const s = v.trim().toLowerCase();
  if (/^[a-z]{2}(-[a-z]{2})?$/.test(s)) {
    try {
      const code = s.slice(0, 2);
      languageCodes ??= new Intl.DisplayNames(["en"], { type: "language" });
      return languageCodes.of(code) !== code;
    } catch {
      return false;
    }
  }
  if (!languageNames) {
    languageNames = new Set();
    const names = new Intl.DisplayNames(["en"], { type: "language" });
    for (const code of ["en", "es", "pt", "fr", "de", "it", "nl", "ru", "ja", "ko", "zh", "ar", "hi", "id", "tr", "pl", "sv", "th", "vi", "uk", "fa", "bn", "ms", "tl", "ro", "el", "cs", "hu", "he", "da", "fi", "no"]) {
      languageNames.add(names.of(code)!.toLowerCase());
      try {
        languageNames.add(new Intl.DisplayNames([code], { type: "language" }).of(code)!.toLowerCase());
      } catch {
        /* a runtime without that locale's names */
      }
    }
  }
  return languageNames.has(s);
}

let nicheWords: Set<string> | null = null;
/** A known category word or label ("Fitness & Gym", "beauty, travel"): exact synonyms only, no typo search (it runs on every cell). */
function isCategory(v: string): boolean {
  if (/[0-9@]/.test(v) || v.length > 60) return false;
  nicheWords ??= new Set(NICHES.flatMap((n) => [n.id, n.label, ...n.synonyms].map(normaliseLabel)));
  return nicheWords.has(normaliseLabel(v)) || v.split(/[,/|;]/).some((part) => nicheWords!.has(normaliseLabel(part)));
}

type TextFlags = { handle: Platform[]; handleSpace: boolean; channelId: boolean; country: boolean; language: boolean; platform: boolean; niche: boolean; email: boolean };

/** What one distinct text value could be: worked out once per distinct value, since columns repeat theirs. */
function classify(v: string, isNumber: boolean): TextFlags {
  const h = cleanHandle(v);
  // A YouTube channel ID (bare, in its address, or glued after a name) is a YouTube key as written.
  const id = youtubeChannelIdIn(v);
  const handle = PLATFORMS.filter((p) => (p === "youtube" && id) || (h && handleProblem(p, h) === null));
  if (isNumber) return { handle, handleSpace: false, channelId: false, country: false, language: false, platform: false, niche: false, email: false };
  return {
    handle,
    handleSpace: !id && /\s/.test(h),
    channelId: !!id,
    country: v.length <= 60 && countryCode(v) !== null,
    language: v.length <= 30 && isLanguage(v),
    platform: parsePlatform(v) !== null,
    niche: isCategory(v),
    email: EMAIL_RE.test(v),
  };
}

const short = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

function quantile(sorted: number[], q: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** One column's profile from the sample rows (cells by position). */
export function profileColumn(header: string, index: number, rows: readonly (readonly string[])[]): ColumnProfile {
  const values: string[] = [];
  for (const r of rows.slice(0, PROFILE_ROWS)) {
    const v = (r[index] ?? "").trim();
    if (v && !MISSING.has(v.toLowerCase())) values.push(v);
  }
  const n = values.length || 1;
  const share = (pred: (v: string) => boolean) => values.filter(pred).length / n;
  const nums: number[] = [];
  let integers = 0;
  let percents = 0;
  let localeOnly = 0;
  let fractions = 0;
  const numbers = new Set<string>();
  for (const raw of values) {
    // A price's currency ("5.000 €", "R$ 1.200", "USD 450") is not part of its number.
    const v = raw.replace(/R\$|[$€£¥₩₹]|\b(usd|eur|gbp|brl|mxn|jpy|krw)\b/gi, "").trim();
    if (!NUMBER_RE.test(v)) continue;
    // Numbers in a style the row parser reads per column ("1,2 Mio.", "3만"): counted as numbers here.
    if (LOCALE_NUMBER_RE.test(v) && parseCount(v).kind !== "value" && parseRate(v).kind !== "value") {
      localeOnly++;
      numbers.add(raw);
      continue;
    }
    const isPercent = v.endsWith("%");
    const r = isPercent ? parseRate(v) : parseCount(v);
    if (r.kind !== "value") continue;
    numbers.add(raw);
    // parseCount rounds a count: "0.0205" becomes 0, so a fraction is told by how it is written, and
    // a rate's "0.03" is kept as written for the profile's figures.
    if (!isPercent && /^\+?0?[.,][0-9]+$/.test(v) && !/^0?[.,]0*$/.test(v)) fractions++;
    const d = isPercent ? r : parseDecimal(v);
    const x = isPercent ? r.value * 100 : d.kind === "value" && Math.abs(d.value - r.value) < 1 ? d.value : r.value;
    nums.push(x);
    if (isPercent) percents++;
    else if (/^[\s$€£+\-]*[0-9][0-9.,\s']*$/.test(v) && !/^\+?0?[.,][0-9]+$/.test(v) && !/[.,][0-9]{1,2}$/.test(v)) integers++;
  }
  const flags = new Map<string, TextFlags>();
  const flagsOf = (v: string) => flags.get(v) ?? (flags.set(v, classify(v, numbers.has(v))), flags.get(v)!);
  const shareOf = (key: Exclude<keyof TextFlags, "handle">) => share((v) => flagsOf(v)[key]);
  const numericOrder = values.map((v) => Number(v.replace(/[^0-9.]/g, ""))).filter((x) => Number.isFinite(x));
  let steps = 0;
  for (let i = 1; i < numericOrder.length; i++) if (numericOrder[i]! - numericOrder[i - 1]! === 1) steps++;
  const sorted = [...nums].sort((a, b) => a - b);
  const handle = Object.fromEntries(PLATFORMS.map((p) => [p, share((v) => flagsOf(v).handle.includes(p))])) as Record<Platform, number>;
  const urlPlatformShare: Partial<Record<Platform, number>> = {};
  let urls = 0;
  for (const v of values) {
    if (!/^(https?:\/\/|www\.)|^[a-z0-9-]+\.(com|tv|be|net|org|io)\//i.test(v)) continue;
    urls++;
    const p = urlPlatform(v);
    if (p) urlPlatformShare[p] = (urlPlatformShare[p] ?? 0) + 1 / n;
  }
  const distinct = new Set(values.map((v) => v.toLowerCase())).size;
  return {
    header,
    index,
    rows: Math.min(rows.length, PROFILE_ROWS),
    filled: values.length,
    unique: values.length ? distinct / values.length : 0,
    numeric: (nums.length + localeOnly) / n,
    percent: percents / n,
    compact: share((v) => COMPACT_RE.test(v)),
    integer: nums.length ? integers / nums.length : 0,
    fraction: fractions / n,
    currency: share((v) => detectCurrency(v) !== null),
    sequence: numericOrder.length > 2 && values.length === numericOrder.length && numericOrder[0]! <= 2 ? steps / (numericOrder.length - 1) : 0,
    median: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    countsAs: countFigures(header, values.filter((v) => numbers.has(v) && !v.trim().endsWith("%")), sorted),
    handle,
    at: share((v) => v.startsWith("@") || /(^|[\s(|])@[\p{L}\p{N}._]/u.test(v)),
    spaces: share((v) => /\s/.test(v)),
    handleSpaces: shareOf("handleSpace"),
    channelId: shareOf("channelId"),
    upper: share((v) => /\p{Lu}/u.test(v)),
    email: shareOf("email"),
    url: urls / n,
    urlPlatform: urlPlatformShare,
    country: shareOf("country"),
    language: shareOf("language"),
    platformName: shareOf("platform"),
    niche: shareOf("niche"),
    avgLength: values.reduce((s, v) => s + v.length, 0) / n,
    examples: [...new Set(values)].slice(0, 3).map(short),
    spacedExamples: [...new Set(values.filter((v) => /\s/.test(v)))].slice(0, 3).map(short),
  };
}

function countFigures(header: string, cells: string[], fallback: number[]): ColumnProfile["countsAs"] {
  const cache = new Map<string, { median: number | null; p90: number | null }>();
  return (kind) => {
    if (!cells.length) return { median: quantile(fallback, 0.5), p90: quantile(fallback, 0.9) };
    let f = cache.get(kind);
    if (!f) {
      const { reading } = resolveColumnReading(kind, header, cells);
      const xs = cells.flatMap((v) => {
        const r = readValue(kind, v, reading);
        return r.kind === "value" ? [r.value] : [];
      }).sort((a, b) => a - b);
      f = { median: quantile(xs, 0.5), p90: quantile(xs, 0.9) };
      cache.set(kind, f);
    }
    return f;
  };
}

export function profileColumns(headers: readonly string[], rows: readonly (readonly string[])[]): ColumnProfile[] {
  return headers.map((h, i) => profileColumn(h, i, rows));
}
