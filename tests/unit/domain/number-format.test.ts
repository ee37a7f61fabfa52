// Numbers as other locales write them: a random number formatted by Intl in a random locale's style
// (plain or compact, with that locale's unit words) must read back, value by value with the locale's
// decimal mark and as a whole column whose decimal mark is found from its values alone.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCount, parseDecimal, metricValue } from "@/lib/domain/metrics";
import { unitMultiplier } from "@/lib/domain/number-format";
import { readValue, resolveColumnReading } from "@/lib/domain/plausibility";

// Locales whose unit words mean one thing. Left out on purpose: Turkish "B" (a thousand), Indonesian
// "M" (a billion), Vietnamese "T", Czech "mil." (a million), Danish/Finnish/Swedish "t"/"tn" (a
// thousand), Hindi's "क॰" and Arabic digits.
const LOCALES = [
  "en-US", "en-GB", "en-IN", "de-DE", "de-CH", "de-AT", "fr-FR", "fr-CH", "es-ES", "es-MX", "pt-BR", "pt-PT", "it-IT", "nl-NL",
  "pl-PL", "ru-RU", "uk-UA", "nb-NO", "ko-KR", "ja-JP", "zh-CN", "zh-TW",
] as const;

const decimalOf = (locale: string) => new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === "decimal")!.value as "." | ",";

function format(n: number, locale: string, compact: boolean): string {
  return new Intl.NumberFormat(locale, compact ? { notation: "compact", maximumFractionDigits: 2 } : { maximumFractionDigits: 0 }).format(n);
}

/** Compact forms round to two decimals of their unit: half a percent of the value at most. */
const close = (got: number | null, n: number, compact: boolean) => {
  expect(got).not.toBeNull();
  expect(Math.abs(got! - n)).toBeLessThanOrEqual(compact ? Math.max(n * 0.005, 0.5) : 0.5);
};

const styles = fc.record({ locale: fc.constantFrom(...LOCALES), compact: fc.boolean() });

describe("locale number styles", () => {
  it("every locale in the list writes a decimal mark this code reads", () => {
    for (const l of LOCALES) expect([".", ","]).toContain(decimalOf(l));
  });

  it("a count formatted in a random locale style reads back with that locale's decimal mark (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_000_000 }), styles, (n, { locale, compact }) => {
        const text = format(n, locale, compact);
        close(metricValue(parseCount(text, decimalOf(locale))), n, compact);
      }),
      { numRuns: 2000 },
    );
  });

  it("a column of counts in one random locale style is read right without being told the locale (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 999_000_000 }), { minLength: 1, maxLength: 40 }), styles, (ns, { locale, compact }) => {
        const values = ns.map((n) => format(n, locale, compact));
        const { reading } = resolveColumnReading("followers", "Followers", values);
        values.forEach((v, i) => {
          const r = readValue("followers", v, reading);
          close(r.kind === "value" ? r.value : null, ns[i]!, compact);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("a price with cents in a random locale reads back to the cent (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom(...LOCALES), (cents, locale) => {
        const text = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
        expect(metricValue(parseDecimal(text, decimalOf(locale)))).toBeCloseTo(cents / 100, 6);
      }),
    );
  });
});

describe("unit words and groupings written by hand", () => {
  it.each([
    ["1,2 Mio.", ",", 1_200_000],
    ["3 Mrd.", ",", 3_000_000_000],
    ["850 Tsd.", ",", 850_000],
    ["12,5 mil", ",", 12_500],
    ["1,5 mill.", ",", 1_500_000],
    ["2,3 mln", ",", 2_300_000],
    ["4 lakh", ".", 400_000],
    ["1.5 crore", ".", 15_000_000],
    ["12.35L", ".", 1_235_000],
    ["3.2만", ".", 32_000],
    ["1.5억", ".", 150_000_000],
    ["12万", ".", 120_000],
    ["2.5億", ".", 250_000_000],
    ["45k", ".", 45_000],
    ["1.2 mn", ".", 1_200_000],
    ["1.1bn", ".", 1_100_000_000],
    ["1,23 mM", ",", 1_230_000_000],
    ["1 234 567", ",", 1_234_567],
    ["1'234'567", ".", 1_234_567],
    ["1.234.567", ",", 1_234_567],
    ["12,34,567", ".", 1_234_567],
    ["1,2 M", ",", 1_200_000],
    ["16,037 M", ",", 16_037_000],
  ] as const)("%s with decimal %s is %d", (text, decimal, expected) => {
    expect(metricValue(parseCount(text, decimal))).toBe(expected);
  });

  it("a unit word ends the number: unknown words are refused by name", () => {
    expect(parseCount("12 zillion")).toEqual({ kind: "invalid", reason: 'unknown unit "zillion"' });
    expect(unitMultiplier("Mio.")).toBe(1e6);
    expect(unitMultiplier("constructor")).toBeUndefined();
  });

  it("with a decimal mark fixed, the other mark may only group digits", () => {
    expect(parseCount("1,2 M", ".").kind).toBe("invalid");
    expect(parseCount("1.234,5", ".").kind).toBe("invalid");
    expect(parseCount("1,234,567", ",").kind).toBe("invalid");
    expect(metricValue(parseCount("1,234", "."))).toBe(1234);
    expect(metricValue(parseDecimal("1,234", ","))).toBeCloseTo(1.234, 10);
  });
});
