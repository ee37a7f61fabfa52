import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { formatCompact, formatPercent, formatMoney, formatMoneyRange, formatInteger, formatScore } from "../../../lib/domain/format";
import { parseCount } from "../../../lib/domain/metrics";

describe("formatCompact", () => {
  it.each([
    [0, "0"],
    [950, "950"],
    [999, "999"],
    [999.6, "1K"],
    [1000, "1K"],
    [1049, "1K"],
    [12_400, "12.4K"],
    [12_000, "12K"],
    [999_949, "999.9K"],
    [999_950, "1M"],
    [1_200_000, "1.2M"],
    [475_800_000, "475.8M"],
    [3_100_000_000, "3.1B"],
    [2.5e12, "2.5T"],
    [-12_400, "-12.4K"],
  ] as const)("%d -> %s", (n, s) => {
    expect(formatCompact(n)).toBe(s);
  });
  it.each([null, undefined, Number.NaN])("%s -> —", (n) => {
    expect(formatCompact(n)).toBe("—");
  });
  it("round-trips through parseCount within rounding (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5e12 }), (n) => {
        const r = parseCount(formatCompact(n));
        expect(r.kind).toBe("value");
        if (r.kind !== "value") return;
        if (n < 1000) expect(r.value).toBe(n);
        else expect(Math.abs(r.value - n) / n).toBeLessThanOrEqual(0.05);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("formatPercent / formatInteger", () => {
  it("formats fractions as percentages", () => {
    expect(formatPercent(0.0312)).toBe("3.1%");
    expect(formatPercent(0.0139, 2)).toBe("1.39%");
    expect(formatPercent(1.5)).toBe("150.0%");
    expect(formatPercent(null)).toBe("—");
  });
  it("groups integers", () => {
    expect(formatInteger(12_400)).toBe("12,400");
    expect(formatInteger(1_234_567.6)).toBe("1,234,568");
    expect(formatInteger(999)).toBe("999");
    expect(formatInteger(-1234)).toBe("-1,234");
    expect(formatInteger(undefined)).toBe("—");
  });
});

describe("formatMoney", () => {
  it.each([
    [450, "USD", "$450"],
    [1250, "USD", "$1,250"],
    [9_999, "USD", "$9,999"],
    [10_000, "USD", "$10K"],
    [12_400, "USD", "$12.4K"],
    [0.125, "USD", "$0.13"],
    [0.5, "EUR", "€0.50"],
    [450, "eur", "€450"],
    [450, "CHF", "CHF 450"],
    [2_000_000, "GBP", "£2M"],
  ] as const)("%d %s -> %s", (n, c, s) => {
    expect(formatMoney(n, c)).toBe(s);
  });
  it.each([
    [0.0042, "USD", "$0.0042"],
    [0.004249, "USD", "$0.0042"],
    [0.0099999, "USD", "$0.01"],
    [0.001, "EUR", "€0.001"],
    [0.0001, "USD", "$0.0001"],
    [0.00003, "USD", "< $0.0001"],
    [0.004, "CHF", "CHF 0.004"],
    [0, "USD", "$0"],
  ] as const)("under a cent: %d %s -> %s", (n, c, s) => {
    expect(formatMoney(n, c)).toBe(s);
  });
  it("never shows a positive amount as zero, and keeps its first digits (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 50, noNaN: true }), fc.constantFrom("USD", "EUR", "CHF"), (n, c) => {
        const s = formatMoney(n, c);
        expect(s).not.toMatch(/^(\$|€|CHF )0(\.0+)?$/);
        const shown = Number(s.replace(/^[^0-9<]*/, "").replace(/^< .*/, "0"));
        if (n >= 0.0001) {
          // Within 5% (two significant digits under a cent, cents from $0.01).
          expect(Math.abs(shown - n)).toBeLessThanOrEqual(Math.max(n * 0.05, 0.005) + 1e-12);
        } else {
          expect(s).toMatch(/^< /);
        }
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);
  it("defaults to USD and handles null", () => {
    expect(formatMoney(300)).toBe("$300");
    expect(formatMoney(null)).toBe("—");
  });
  it("formats ranges with an en dash", () => {
    expect(formatMoneyRange(200, 450, "USD")).toBe("$200–$450");
    expect(formatMoneyRange(10_000, 25_000, "USD")).toBe("$10K–$25K");
    expect(formatMoneyRange(450, 450, "USD")).toBe("$450");
    expect(formatMoneyRange(null, 450, "USD")).toBe("—–$450");
  });
});

describe("formatScore", () => {
  it("shows one decimal, as scores are kept", () => {
    expect(formatScore(72)).toBe("72.0");
    expect(formatScore(64.35)).toBe("64.4");
    expect(formatScore(null)).toBe("—");
  });
});
