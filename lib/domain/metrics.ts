// Parsing of numbers as they appear in real creator exports (CSV, spreadsheets, scraped tables).
// Shared by the importer and the scoring code. Pure: no locale lookups, no I/O. The digits and unit
// words are read by lib/domain/number-format.ts; `decimal` is the column's decimal mark when the
// importer has chosen one for the whole column, else each value is read by itself.
import { readNumberText, type DecimalMark } from "./number-format";

export type ParsedMetric =
  | { kind: "value"; value: number }
  | { kind: "missing"; reason: string }
  | { kind: "invalid"; reason: string };

/** Tokens that mean "no data" (compared after trimming, case-insensitively). */
export const MISSING_TOKENS: readonly string[] = [
  "", "n/a", "na", "n.a.", "nan", "null", "none", "nil", "undefined", "-", "--", "—", "–", "?", "#n/a",
];

const TRIM_RE = /^[\s\u00a0\u2007\u2009\u202f\ufeff]+|[\s\u00a0\u2007\u2009\u202f\ufeff]+$/g;

const missing = (reason: string): ParsedMetric => ({ kind: "missing", reason });
const invalid = (reason: string): ParsedMetric => ({ kind: "invalid", reason });
const value = (v: number): ParsedMetric => ({ kind: "value", value: v });

function cleanText(raw: string): string {
  return raw.replace(TRIM_RE, "");
}

function isMissingToken(s: string): boolean {
  return MISSING_TOKENS.includes(s.toLowerCase());
}

function preprocess(raw: unknown): { text: string } | { result: ParsedMetric } {
  if (raw === null || raw === undefined) return { result: missing("empty") };
  if (typeof raw === "number") {
    if (Number.isNaN(raw)) return { result: missing("NaN") };
    if (!Number.isFinite(raw)) return { result: invalid("not finite") };
    return { text: String(raw) };
  }
  if (typeof raw === "bigint") return { text: raw.toString() };
  if (typeof raw !== "string") return { result: invalid(`unsupported type ${typeof raw}`) };
  const text = cleanText(raw);
  if (isMissingToken(text)) return { result: missing(text === "" ? "empty" : `"${text}" means no data`) };
  return { text };
}

/**
 * Parse a count (followers, likes, views, posts). Returns an integer (Math.round) >= 0.
 * Accepts "1.2M", "45.3k", "475.8m" (m = million), "29.0b", "1,234,567", "1 234", "1.234.567",
 * "1,5M", "1,2 Mio.", "3.4万", "2.28E+11", "+12". Negative counts are invalid. See parseDigits
 * (number-format.ts) for separator rules and UNIT_WORDS for the units.
 */
export function parseCount(raw: unknown, decimal: DecimalMark | null = null): ParsedMetric {
  if (typeof raw === "number" && Number.isFinite(raw)) {
    return raw < 0 ? invalid("negative count") : value(Math.round(raw));
  }
  const pre = preprocess(raw);
  if ("result" in pre) return pre.result;
  const r = readNumberText(pre.text, { units: true, decimal, singleDotThousands: true });
  if ("error" in r) return invalid(r.error);
  if (r.sign < 0 && r.n !== 0) return invalid("negative count");
  if (!Number.isFinite(r.n)) return invalid("not finite");
  return value(Math.round(r.n) + 0);
}

/**
 * Parse a rate into a FRACTION. "1.39%" -> 0.0139, "1,39 %" -> 0.0139, "0.0139" -> 0.0139.
 * A bare number (no "%") greater than 1 is read as a percentage ("1.39" -> 0.0139); a bare number
 * in [0, 1] is already a fraction. Values above 100% written with "%" are returned as-is (150% -> 1.5);
 * the engagement module flags them. Negative rates are invalid; "NaN%" is missing. A column's
 * `reading` can fix the decimal mark and whether bare numbers are percentages (`barePercent`), so that
 * "0.5" and "3" in one column are both percentages rather than 50% and 3%.
 */
export function parseRate(raw: unknown, reading: { decimal: DecimalMark; barePercent?: boolean } | null = null): ParsedMetric {
  const bare = (n: number) => ((reading?.barePercent ?? n > 1) ? n / 100 : n);
  if (typeof raw === "number" && Number.isFinite(raw)) {
    if (raw < 0) return invalid("negative rate");
    return value(bare(raw));
  }
  const pre = preprocess(raw);
  if ("result" in pre) return pre.result;
  let text = pre.text;
  let percent = false;
  if (text.endsWith("%")) {
    percent = true;
    text = cleanText(text.slice(0, -1));
    if (isMissingToken(text)) return missing(`"${pre.text}" means no data`);
  }
  const r = readNumberText(text, { units: false, decimal: reading?.decimal ?? null, singleDotThousands: false });
  if ("error" in r) return invalid(r.error);
  if (r.sign < 0 && r.n !== 0) return invalid("negative rate");
  const n = r.n + 0;
  if (percent) return value(n / 100);
  return value(bare(n));
}

/** Currency symbols and the ISO 4217 code they denote (longest first when matching). */
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ["US$", "USD"], ["CA$", "CAD"], ["C$", "CAD"], ["A$", "AUD"], ["AU$", "AUD"], ["NZ$", "NZD"],
  ["R$", "BRL"], ["MX$", "MXN"], ["HK$", "HKD"], ["S$", "SGD"], ["zł", "PLN"], ["Kč", "CZK"],
  ["$", "USD"], ["€", "EUR"], ["£", "GBP"], ["¥", "JPY"], ["₹", "INR"], ["₩", "KRW"], ["₽", "RUB"],
  ["₺", "TRY"], ["₪", "ILS"], ["₫", "VND"], ["₱", "PHP"], ["฿", "THB"], ["₦", "NGN"],
];

/** ISO 4217 codes recognised when written out ("USD 300", "300 eur"). */
export const CURRENCY_CODES: readonly string[] = [
  "USD", "EUR", "GBP", "JPY", "CNY", "INR", "BRL", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK",
  "PLN", "CZK", "HUF", "RON", "TRY", "RUB", "MXN", "ARS", "CLP", "COP", "ZAR", "NGN", "KRW", "SGD",
  "HKD", "IDR", "MYR", "PHP", "THB", "VND", "AED", "SAR", "ILS", "EGP", "UAH",
];

/** ISO 4217 code named in a price string by symbol or code; null when none. "$" is read as USD. */
export function detectCurrency(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const s = raw.trim();
  const code = /(?:^|[^A-Za-z])([A-Za-z]{3})(?:$|[^A-Za-z])/.exec(s);
  if (code) {
    const c = code[1]!.toUpperCase();
    if (CURRENCY_CODES.includes(c)) return c;
  }
  for (const [sym, iso] of CURRENCY_SYMBOLS) if (s.includes(sym)) return iso;
  return null;
}

/**
 * Parse a decimal amount such as a price: "$450", "€1.200,50", "1,200.50", "USD 300", "1.2k".
 * Currency symbols/codes are stripped (use detectCurrency to read them). Not rounded. Negative is invalid.
 * A single dot is always a decimal point here ("1.200" = 1.2 would be unusual for a price, but
 * "12.50" is common); a single comma followed by exactly 3 digits is thousands ("1,200" = 1200).
 */
export function parseDecimal(raw: unknown, decimal: DecimalMark | null = null): ParsedMetric {
  if (typeof raw === "number" && Number.isFinite(raw)) {
    return raw < 0 ? invalid("negative amount") : value(raw);
  }
  const pre = preprocess(raw);
  if ("result" in pre) return pre.result;
  let text = pre.text;
  for (const [sym] of CURRENCY_SYMBOLS) text = text.split(sym).join(" ");
  text = text.replace(/(^|[^A-Za-z])([A-Za-z]{3})(?=$|[^A-Za-z])/g, (m, pre1: string, c: string) =>
    CURRENCY_CODES.includes(c.toUpperCase()) ? pre1 + " " : m,
  );
  text = cleanText(text);
  if (isMissingToken(text)) return missing(`"${pre.text}" means no data`);
  const r = readNumberText(text, { units: true, decimal, singleDotThousands: false });
  if ("error" in r) return invalid(r.error);
  if (r.sign < 0 && r.n !== 0) return invalid("negative amount");
  return value(r.n + 0);
}

/** Convenience: the value or null. */
export function metricValue(p: ParsedMetric): number | null {
  return p.kind === "value" ? p.value : null;
}
