// Numbers for people. Deterministic (no Intl locale dependence): English separators, "—" for no data.

export const NO_DATA = "—";

const isNum = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n);

/** 12400 -> "12,400". Rounds to an integer. */
export function formatInteger(n: number | null | undefined): string {
  if (!isNum(n)) return NO_DATA;
  const r = Math.round(n);
  const sign = r < 0 ? "-" : "";
  return sign + String(Math.abs(r)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

const COMPACT_UNITS: ReadonlyArray<readonly [number, string]> = [
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
  [1e3, "K"],
];

/**
 * 950 -> "950", 12_400 -> "12.4K", 1_200_000 -> "1.2M", 3_100_000_000 -> "3.1B"; one decimal, trailing ".0" dropped;
 * values below 1,000 are rounded to integers. null/undefined/NaN -> "—".
 */
export function formatCompact(n: number | null | undefined): string {
  if (!isNum(n)) return NO_DATA;
  const sign = n < 0 ? "-" : "";
  const a = Math.abs(n);
  if (Math.round(a) < 1000) return sign + String(Math.round(a));
  // Pick the unit after rounding so 999,950 reads "1M", not "1000K".
  for (let i = COMPACT_UNITS.length - 1; i >= 0; i--) {
    const [div, unit] = COMPACT_UNITS[i]!;
    const scaled = Math.round((a / div) * 10) / 10;
    if (scaled < 1000 || i === 0) return sign + trimZero(scaled.toFixed(1)) + unit;
  }
  return sign + String(Math.round(a));
}

function trimZero(s: string): string {
  return s.endsWith(".0") ? s.slice(0, -2) : s;
}

/** 0.0312 -> "3.1%". null -> "—". */
export function formatPercent(fraction: number | null | undefined, digits = 1): string {
  if (!isNum(fraction)) return NO_DATA;
  return (fraction * 100).toFixed(digits) + "%";
}

export const CURRENCY_PREFIX: Readonly<Record<string, string>> = Object.freeze({
  USD: "$",
  EUR: "€",
  GBP: "£",
  JPY: "¥",
  INR: "₹",
  BRL: "R$",
  CAD: "CA$",
  AUD: "A$",
});

/** Below this a non-zero amount reads "< $0.0001": a figure that small is not a price anyone pays. */
export const SMALLEST_SHOWN_AMOUNT = 0.0001;

/**
 * 450 -> "$450"; 1250 -> "$1,250"; 12_400 -> "$12.4K" (compact from 10,000); amounts below 10 with cents
 * keep two decimals ("$0.12", useful for cost per engagement). A non-zero amount under a cent keeps two
 * significant digits ("$0.0042"), and under $0.0001 reads "< $0.0001": a cost is never shown as "$0"
 * unless it is 0. Unknown currencies: "CHF 450".
 */
export function formatMoney(amount: number | null | undefined, currency = "USD"): string {
  if (!isNum(amount)) return NO_DATA;
  const code = currency.toUpperCase();
  const prefix = CURRENCY_PREFIX[code];
  const money = (sign: string, body: string) => (prefix !== undefined ? `${sign}${prefix}${body}` : `${sign}${code} ${body}`);
  const sign = amount < 0 ? "-" : "";
  const a = Math.abs(amount);
  if (a > 0 && a < SMALLEST_SHOWN_AMOUNT) return `${sign ? "> -" : "< "}${money("", String(SMALLEST_SHOWN_AMOUNT))}`;
  let body: string;
  if (a >= 10_000) body = formatCompact(a);
  else if (a > 0 && a < 0.01) body = smallDecimal(a);
  else if (a < 10 && Math.round(a * 100) % 100 !== 0) body = a.toFixed(2);
  else body = formatInteger(a);
  return money(sign, body);
}

/**
 * A total a person signs off or acts on, in whole units however large: 10_967 -> "$10,967" (where
 * formatMoney scans as "$11K"); below 10 as formatMoney ("$4.50").
 */
export function formatMoneyExact(amount: number | null | undefined, currency = "USD"): string {
  if (!isNum(amount) || Math.abs(amount) < 10) return formatMoney(amount, currency);
  const code = currency.toUpperCase();
  const prefix = CURRENCY_PREFIX[code];
  const body = formatInteger(Math.abs(amount));
  const sign = amount < 0 ? "-" : "";
  return prefix !== undefined ? `${sign}${prefix}${body}` : `${sign}${code} ${body}`;
}

/** 0.004249 -> "0.0042", 0.0099999 -> "0.01": two significant digits, trailing zeros dropped. */
function smallDecimal(a: number): string {
  const digits = Math.max(2, 1 - Math.floor(Math.log10(a)));
  return a.toFixed(digits).replace(/0+$/, "").replace(/\.$/, "");
}

/** "$200–$450" (en dash); equal ends -> "$450"; a missing end -> "—" for that end. */
export function formatMoneyRange(low: number | null | undefined, high: number | null | undefined, currency = "USD"): string {
  if (isNum(low) && isNum(high) && formatMoney(low, currency) === formatMoney(high, currency)) {
    return formatMoney(low, currency);
  }
  return `${formatMoney(low, currency)}–${formatMoney(high, currency)}`;
}

/** An overall score, 0-100 with one decimal as lib/domain/score.ts keeps it: 72 -> "72.0", 64.35 -> "64.4". */
export function formatScore(n: number | null | undefined): string {
  if (!isNum(n)) return NO_DATA;
  return (Math.round(n * 10) / 10).toFixed(1);
}

/**
 * A cost per unit (per engagement, per follower): always two decimals so a column reads one way
 * ("$6.00" beside "$6.74", never "$6"), a comma from $1,000, and "< $0.01" for a positive cost that
 * would round to nothing (never "$0", which reads as free).
 */
export function formatUnitCost(amount: number | null | undefined, currency = "USD"): string {
  if (!isNum(amount)) return NO_DATA;
  const code = currency.toUpperCase();
  const prefix = CURRENCY_PREFIX[code] ?? `${code} `;
  if (amount > 0 && amount < 0.005) return `< ${prefix}0.01`;
  const sign = amount < 0 ? "-" : "";
  const cents = Math.round(Math.abs(amount) * 100);
  const whole = formatInteger(Math.floor(cents / 100));
  return `${sign}${prefix}${whole}.${String(cents % 100).padStart(2, "0")}`;
}

/**
 * A count as a person needs it: "exact" where they act on it (admin counts, totals a client signs
 * off: "1,951"), "compact" where they scan a column ("2K"). Same as formatInteger / formatCompact.
 */
export function formatCount(n: number | null | undefined, mode: "exact" | "compact" = "compact"): string {
  return mode === "exact" ? formatInteger(n) : formatCompact(n);
}

/** "1 data point", "2 data points", "1,500 creators"; `many` for irregular plurals. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatInteger(n)} ${n === 1 ? one : many}`;
}

/**
 * A throughput for people: "1 row/s", "1,200 rows/s", "under 1 row/s" for a positive rate that rounds
 * to nothing. Measured over less than a second (`overMs`), a rate says nothing ("1 row/s" for a
 * 1-row file read in 30 ms): null, so the caller shows none. Null, zero or negative rates: null.
 */
export function formatRate(perSecond: number | null | undefined, one: string, overMs: number, many = `${one}s`): string | null {
  if (!isNum(perSecond) || perSecond <= 0 || !(overMs >= 1000)) return null;
  const r = Math.round(perSecond);
  if (r < 1) return `under 1 ${one}/s`;
  return `${formatInteger(r)} ${r === 1 ? one : many}/s`;
}

/**
 * An email address cut where a line may break: after the "@" and before each "." ("ana.ruiz@mail.example.com"
 * -> ["ana", ".ruiz@", "mail", ".example", ".com"]), so a narrow cell wraps it between its parts, never mid-word.
 */
export function emailBreakParts(email: string): string[] {
  return email.split(/(?<=@)|(?=\.)/).filter(Boolean);
}

/** The platforms as their owners write them (never "Tiktok", "Youtube"). Unknown ids are shown as given. */
export const PLATFORM_NAMES: Readonly<Record<string, string>> = Object.freeze({
  instagram: "Instagram",
  tiktok: "TikTok",
  youtube: "YouTube",
  x: "X",
  twitch: "Twitch",
  other: "Other",
});
export function formatPlatform(id: string | null | undefined): string {
  if (!id) return NO_DATA;
  return PLATFORM_NAMES[id.toLowerCase()] ?? id;
}

const pad2 = (n: number) => String(n).padStart(2, "0");
/** A calendar date, in UTC so server and browser agree: "2026-12-06". */
export function formatDate(d: Date | string | number | null | undefined): string {
  if (d === null || d === undefined) return NO_DATA;
  const x = new Date(d);
  if (Number.isNaN(x.getTime())) return NO_DATA;
  return `${x.getUTCFullYear()}-${pad2(x.getUTCMonth() + 1)}-${pad2(x.getUTCDate())}`;
}
/** "2026-12-06 14:16 UTC". */
export function formatDateTime(d: Date | string | number | null | undefined): string {
  const day = formatDate(d);
  if (day === NO_DATA) return day;
  const x = new Date(d!);
  return `${day} ${pad2(x.getUTCHours())}:${pad2(x.getUTCMinutes())} UTC`;
}
/** A short date for a chart's time axis: "Sep 6" (with the year when it differs from `refYear`). */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export function formatAxisDate(t: number, refYear?: number): string {
  const x = new Date(t);
  if (Number.isNaN(x.getTime())) return "";
  const md = `${MONTHS[x.getUTCMonth()]} ${x.getUTCDate()}`;
  return refYear !== undefined && x.getUTCFullYear() !== refYear ? `${md}, ${x.getUTCFullYear()}` : md;
}
/** How old data is, for people: "today", "1 day old", "35 days old". */
export function formatAge(asOf: Date | string | number | null | undefined, now: Date): string {
  if (asOf === null || asOf === undefined) return "age unknown";
  const days = Math.floor((now.getTime() - new Date(asOf).getTime()) / 86_400_000);
  if (!Number.isFinite(days)) return "age unknown";
  if (days <= 0) return "today";
  return `${plural(days, "day")} old`;
}

const SCRIPTS = ["Latin", "Cyrillic", "Greek", "Hangul", "Han", "Hiragana", "Katakana", "Arabic", "Hebrew", "Thai", "Devanagari", "Common"] as const;
const SCRIPT_RES = SCRIPTS.map((s) => [s, new RegExp(`^\\p{Script=${s}}$`, "u")] as const);
function scriptOf(ch: string): string {
  if (/^\p{N}$/u.test(ch)) return "Digit";
  for (const [name, re] of SCRIPT_RES) if (re.test(ch)) return name;
  return "Other";
}

/**
 * Up to two letters for an avatar, never from two scripts ("Hana 하나" is "H", not "H하"): the first
 * letter of the name (or handle), then the first letter of its last word, else its own second
 * letter, when that is of the same script. Han and Hangul names take one character.
 */
export function avatarInitials(name: string | null | undefined, handle: string): string {
  const src = (name && /[\p{L}\p{N}]/u.test(name) ? name : handle).replace(/[^\p{L}\p{N}\p{M} ]/gu, " ").trim();
  const words = src.split(/\s+/).filter(Boolean).map((w) => Array.from(w.replace(/\p{M}/gu, "")));
  const first = words[0]?.[0];
  if (!first) return "?";
  const script = scriptOf(first);
  if (script === "Han" || script === "Hangul") return first;
  const sameScript = (c: string | undefined) => c !== undefined && scriptOf(c) === script;
  const lastWord = words.length > 1 ? words[words.length - 1]![0] : undefined;
  const second = sameScript(lastWord) ? lastWord : sameScript(words[0]![1]) ? words[0]![1] : "";
  return (first + (second ?? "")).toUpperCase();
}
