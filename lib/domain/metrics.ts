// Parsing of numbers as they appear in real creator exports (CSV, spreadsheets, scraped tables).
// Shared by the importer and the scoring code. Pure: no locale lookups, no I/O.

export type ParsedMetric =
  | { kind: "value"; value: number }
  | { kind: "missing"; reason: string }
  | { kind: "invalid"; reason: string };

/** Tokens that mean "no data" (compared after trimming, case-insensitively). */
export const MISSING_TOKENS: readonly string[] = [
  "", "n/a", "na", "n.a.", "nan", "null", "none", "nil", "undefined", "-", "--", "—", "–", "?", "#n/a",
];

/** Count suffixes. Lower-case "m" is million (these exports never mean "milli"). */
export const COUNT_SUFFIXES: Readonly<Record<string, number>> = Object.freeze({
  k: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  b: 1e9,
  bn: 1e9,
  t: 1e12,
});

// Spaces used as thousands separators: regular, no-break, narrow no-break, thin, figure space, apostrophes.
const GROUP_SPACE_RE = /[\s\u00a0\u2007\u2009\u202f'’]/g;
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

/**
 * Turn a digits-and-separators string (no sign, no suffix) into a number.
 * Rules (documented in docs/scoring.md):
 *  - both "," and "." present: the LAST one is the decimal separator, the other groups thousands
 *    ("1,234.5" and "1.234,5" are both 1234.5);
 *  - several commas (or several dots): thousands grouping, every group after the first must have 3 digits;
 *  - a single comma followed by exactly 3 digits: thousands ("1,234" = 1234); otherwise a decimal comma ("1,5" = 1.5);
 *  - a single dot: decimal ("1.5"), except, when `singleDotThousands` is set (counts without a suffix),
 *    a dot followed by exactly 3 digits after a 1-3 digit non-zero integer part ("1.234" = 1234),
 *    because a count cannot be fractional.
 */
function parseNumberBody(body: string, singleDotThousands: boolean): number | null {
  const s = body.replace(GROUP_SPACE_RE, "");
  if (s === "" || !/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return null;
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  let normalized: string;
  if (commas > 0 && dots > 0) {
    const lastComma = s.lastIndexOf(",");
    const lastDot = s.lastIndexOf(".");
    const dec = lastComma > lastDot ? "," : ".";
    const grp = dec === "," ? "." : ",";
    if ((dec === "," ? commas : dots) !== 1) return null;
    const [intPart, fracPart] = s.split(dec) as [string, string];
    if (!isGrouped(intPart, grp)) return null;
    normalized = intPart.split(grp).join("") + "." + fracPart;
  } else if (commas > 1 || dots > 1) {
    const grp = commas > 1 ? "," : ".";
    if (!isGrouped(s, grp)) return null;
    normalized = s.split(grp).join("");
  } else if (commas === 1) {
    const [a, b] = s.split(",") as [string, string];
    if (a === "" || b === "") return null;
    normalized = b.length === 3 ? a + b : a + "." + b;
  } else if (dots === 1) {
    const [a, b] = s.split(".") as [string, string];
    if (a === "" && b === "") return null;
    if (singleDotThousands && b.length === 3 && /^[1-9][0-9]{0,2}$/.test(a)) normalized = a + b;
    else normalized = (a === "" ? "0" : a) + "." + b;
    if (b === "") normalized = a;
  } else {
    normalized = s;
  }
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

/** "1,234,567" grouped by `sep`: first group 1-3 digits, the rest exactly 3. */
function isGrouped(s: string, sep: string): boolean {
  const parts = s.split(sep);
  if (parts.length === 1) return /^[0-9]+$/.test(s);
  return /^[0-9]{1,3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^[0-9]{3}$/.test(p));
}

type NumericText = { sign: 1 | -1; n: number } | { error: string };

/** Parses sign, number body, optional suffix (k/m/b) and scientific notation. */
function parseNumericText(text: string, opts: { suffixes: boolean; singleDotThousands: boolean }): NumericText {
  let s = text;
  let sign: 1 | -1 = 1;
  if (s.startsWith("+")) s = s.slice(1).trimStart();
  else if (s.startsWith("-") || s.startsWith("−")) {
    sign = -1;
    s = s.slice(1).trimStart();
  }
  if (/^[0-9]+(\.[0-9]+)?e[+-]?[0-9]+$/i.test(s)) return { sign, n: Number(s) };
  let mult = 1;
  let hasSuffix = false;
  if (opts.suffixes) {
    const m = /^(.*?)[\s\u00a0\u202f\u2009]*([a-z]{1,2})$/i.exec(s);
    if (m) {
      const suf = m[2]!.toLowerCase();
      const f = COUNT_SUFFIXES[suf];
      if (f === undefined) return { error: `unknown suffix "${m[2]}"` };
      mult = f;
      hasSuffix = true;
      s = m[1]!;
    }
  }
  const body = parseNumberBody(s, opts.singleDotThousands && !hasSuffix);
  if (body === null) return { error: `not a number: "${text}"` };
  return { sign, n: body * mult };
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
 * "1,5M", "2.28E+11", "+12". Negative counts are invalid. See parseNumberBody for separator rules.
 */
export function parseCount(raw: unknown): ParsedMetric {
  if (typeof raw === "number" && Number.isFinite(raw)) {
    return raw < 0 ? invalid("negative count") : value(Math.round(raw));
  }
  const pre = preprocess(raw);
  if ("result" in pre) return pre.result;
  const r = parseNumericText(pre.text, { suffixes: true, singleDotThousands: true });
  if ("error" in r) return invalid(r.error);
  if (r.sign < 0 && r.n !== 0) return invalid("negative count");
  if (!Number.isFinite(r.n)) return invalid("not finite");
  return value(Math.round(r.n) + 0);
}

/**
 * Parse a rate into a FRACTION. "1.39%" -> 0.0139, "1,39 %" -> 0.0139, "0.0139" -> 0.0139.
 * A bare number (no "%") greater than 1 is read as a percentage ("1.39" -> 0.0139); a bare number
 * in [0, 1] is already a fraction. Values above 100% written with "%" are returned as-is (150% -> 1.5);
 * the engagement module flags them. Negative rates are invalid; "NaN%" is missing.
 */
export function parseRate(raw: unknown): ParsedMetric {
  if (typeof raw === "number" && Number.isFinite(raw)) {
    if (raw < 0) return invalid("negative rate");
    return value(raw > 1 ? raw / 100 : raw);
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
  const r = parseNumericText(text, { suffixes: false, singleDotThousands: false });
  if ("error" in r) return invalid(r.error);
  if (r.sign < 0 && r.n !== 0) return invalid("negative rate");
  const n = r.n + 0;
  if (percent) return value(n / 100);
  return value(n > 1 ? n / 100 : n);
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
export function parseDecimal(raw: unknown): ParsedMetric {
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
  const r = parseNumericText(text, { suffixes: true, singleDotThousands: false });
  if ("error" in r) return invalid(r.error);
  if (r.sign < 0 && r.n !== 0) return invalid("negative amount");
  return value(r.n + 0);
}

/** Convenience: the value or null. */
export function metricValue(p: ParsedMetric): number | null {
  return p.kind === "value" ? p.value : null;
}
