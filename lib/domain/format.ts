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
