// The digits of a number as real exports write them: which mark is the decimal one, which marks
// group digits, and the unit words of many locales ("1,2 Mio.", "3.4万", "12.35L", "1,23 mil").
// Pure. A column's decimal mark is chosen once for the whole column (lib/domain/plausibility.ts);
// without one, each value is read by itself with the rules of parseDigits.

export type DecimalMark = "." | ",";

/**
 * Unit words after a number, lower-case and without a final dot ("Mio." is looked up as "mio"). Only
 * words with one meaning across the locales that use them: Turkish "B" (bin, a thousand), Indonesian
 * "M" (miliar) and Vietnamese "T" (tỷ) would contradict the English meanings and are not read.
 * "mil" is the Spanish and Portuguese thousand (CLDR's compact form, "1,2 mil"); "mill."/"mi" million;
 * "t" is a trillion as the app writes it, so the Nordic "t"/"tn" (thousand) are not read either.
 */
export const UNIT_WORDS: Readonly<Record<string, number>> = Object.freeze({
  // thousand
  k: 1e3, thousand: 1e3, thousands: 1e3, tsd: 1e3, tausend: 1e3, mil: 1e3, tys: 1e3, tis: 1e3, "тыс": 1e3, "тис": 1e3,
  "천": 1e3, "千": 1e3, "हज़ार": 1e3,
  // ten thousand, hundred thousand, ten million (East and South Asian)
  "만": 1e4, "万": 1e4, "萬": 1e4, l: 1e5, lac: 1e5, lacs: 1e5, lakh: 1e5, lakhs: 1e5, "लाख": 1e5,
  cr: 1e7, crore: 1e7, crores: 1e7, "करोड़": 1e7,
  // million
  m: 1e6, mm: 1e6, mn: 1e6, mio: 1e6, mill: 1e6, mi: 1e6, mln: 1e6, milj: 1e6, million: 1e6, millions: 1e6,
  millionen: 1e6, "millón": 1e6, millones: 1e6, "milhões": 1e6, "млн": 1e6,
  // hundred million (East Asian), billion
  "억": 1e8, "億": 1e8, "亿": 1e8,
  b: 1e9, bn: 1e9, bi: 1e9, mrd: 1e9, md: 1e9, mld: 1e9, mia: 1e9, billion: 1e9, billions: 1e9, milliard: 1e9,
  milliarde: 1e9, milliarden: 1e9, "млрд": 1e9,
  // trillion: no creator has one, but the app's own compact format writes "T" (lib/domain/format.ts)
  t: 1e12,
});

/** Units whose case matters: Portuguese "mM" (mil milhões) is a billion where "mm" is a million. */
const CASED_UNITS: Readonly<Record<string, number>> = Object.freeze({ mM: 1e9 });

// Marks that only ever group digits: spaces of every width and apostrophes ("1 234", "1'234'567").
const GROUP_SPACE_RE = /[\s\u00a0\u2007\u2009\u202f'’]/g;
const UNIT_RE = /^(.*[0-9])[\s\u00a0\u2009\u202f]*(\p{L}[\p{L}\p{M}.]*)$/u;
const SCIENTIFIC_RE = /^[0-9]+(\.[0-9]+)?e[+-]?[0-9]+$/i;

/** The multiplier of a unit word ("Mio." -> 1e6), or undefined when it is not one. */
export function unitMultiplier(word: string): number | undefined {
  const w = word.endsWith(".") ? word.slice(0, -1) : word;
  if (Object.hasOwn(CASED_UNITS, w)) return CASED_UNITS[w];
  const k = w.toLowerCase();
  return Object.hasOwn(UNIT_WORDS, k) ? UNIT_WORDS[k] : undefined;
}

/** "1,234,567" grouped by `sep`: three-digit groups, or Indian lakh groups ("12,34,567"). */
function isGrouped(s: string, sep: string): boolean {
  const parts = s.split(sep);
  if (parts.length === 1) return /^[0-9]+$/.test(s);
  const last = parts[parts.length - 1]!;
  const middle = parts.slice(1, -1);
  if (!/^[0-9]{3}$/.test(last)) return false;
  if (/^[0-9]{1,3}$/.test(parts[0]!) && middle.every((p) => /^[0-9]{3}$/.test(p))) return true;
  return /^[0-9]{1,2}$/.test(parts[0]!) && middle.every((p) => /^[0-9]{2}$/.test(p));
}

/**
 * Digits and separators (no sign, no unit) to a number; null when they cannot be read that way.
 * With `decimal` given, that mark is the decimal one and the other mark may only group digits.
 * Without it, the value is read by itself:
 *  - both "," and "." present: the LAST one is the decimal mark ("1,234.5" and "1.234,5" are 1234.5);
 *  - several commas (or dots): grouping, in three-digit (or Indian) groups;
 *  - a single comma followed by exactly 3 digits: grouping ("1,234" = 1234); otherwise decimal ("1,5");
 *  - a single dot: decimal ("1.5"), except, when `singleDotThousands` is set (counts without a unit),
 *    a dot followed by exactly 3 digits after a 1-3 digit non-zero integer part ("1.234" = 1234).
 */
export function parseDigits(body: string, decimal: DecimalMark | null, singleDotThousands: boolean): number | null {
  const s = body.replace(GROUP_SPACE_RE, "");
  if (s === "" || !/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return null;
  let normalized: string;
  if (decimal) {
    const [intPart, fracPart, extra] = s.split(decimal) as [string, string | undefined, string | undefined];
    if (extra !== undefined || (fracPart !== undefined && !/^[0-9]*$/.test(fracPart))) return null;
    if (!isGrouped(intPart, decimal === "," ? "." : ",") && !(intPart === "" && fracPart)) return null;
    normalized = intPart.replace(/[.,]/g, "") + (fracPart ? "." + fracPart : "");
    if (normalized === "" || normalized.startsWith(".")) normalized = "0" + normalized;
  } else {
    const commas = (s.match(/,/g) ?? []).length;
    const dots = (s.match(/\./g) ?? []).length;
    if (commas > 0 && dots > 0) {
      const dec = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
      if ((dec === "," ? commas : dots) !== 1) return null;
      const [intPart, fracPart] = s.split(dec) as [string, string];
      if (!isGrouped(intPart, dec === "," ? "." : ",")) return null;
      normalized = intPart.replace(/[.,]/g, "") + "." + fracPart;
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
      if (b === "") normalized = a;
      else if (singleDotThousands && b.length === 3 && /^[1-9][0-9]{0,2}$/.test(a)) normalized = a + b;
      else normalized = (a === "" ? "0" : a) + "." + b;
    } else {
      normalized = s;
    }
  }
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

/** A number read from text: its sign, its value (unit applied) and the unit's multiplier (1 without one). */
export type NumberText = { sign: 1 | -1; n: number; unit: number } | { error: string };

/** Sign, digits, an optional unit word and scientific notation ("-1,2 Mio.", "2.28E+11", "3.4万"). */
export function readNumberText(text: string, opts: { units: boolean; decimal: DecimalMark | null; singleDotThousands: boolean }): NumberText {
  let s = text;
  let sign: 1 | -1 = 1;
  if (s.startsWith("+")) s = s.slice(1).trimStart();
  else if (s.startsWith("-") || s.startsWith("−")) {
    sign = -1;
    s = s.slice(1).trimStart();
  }
  // The common case, plain digits, skips every rule below: the import reads millions of cells.
  if (/^[0-9]+$/.test(s)) return { sign, n: Number(s), unit: 1 };
  if (SCIENTIFIC_RE.test(s)) return { sign, n: Number(s), unit: 1 };
  let unit = 1;
  if (opts.units) {
    const m = UNIT_RE.exec(s);
    if (m) {
      const f = unitMultiplier(m[2]!);
      if (f === undefined) return { error: `unknown unit "${m[2]}"` };
      unit = f;
      s = m[1]!;
    }
  }
  const body = parseDigits(s, opts.decimal, opts.singleDotThousands && unit === 1);
  if (body === null) return { error: `not a number: "${text}"` };
  return { sign, n: body * unit, unit };
}
