import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { parseCount, parseRate, parseDecimal, detectCurrency, metricValue } from "../../../lib/domain/metrics";

const v = (x: number) => ({ kind: "value", value: x });

describe("parseCount", () => {
  it.each([
    [1234, 1234],
    [12.6, 13],
    ["1.2M", 1_200_000],
    ["45.3k", 45_300],
    ["3.3k", 3_300],
    ["0.89k", 890],
    ["475.8m", 475_800_000],
    ["29.0b", 29_000_000_000],
    ["48.5M", 48_500_000],
    ["383.1K", 383_100],
    ["1,234,567", 1_234_567],
    ["1 234", 1234],
    ["1\u00a0234\u00a0567", 1_234_567],
    ["1\u202f234", 1234],
    ["1\u2009234", 1234],
    ["1.234.567", 1_234_567],
    ["1.234", 1234],
    ["0.5", 1],
    ["1,5M", 1_500_000],
    ["1,5 k", 1500],
    ["1,234", 1234],
    ["1,5", 2],
    ["1,234.5", 1235],
    ["1.234,5", 1235],
    ["2.28E+11", 228_000_000_000],
    ["1e3", 1000],
    ["  42  ", 42],
    ["+42", 42],
    ["\ufeff290", 290],
    ["0", 0],
    ["1.5 M", 1_500_000],
  ] as const)("%j -> %d", (raw, expected) => {
    expect(parseCount(raw)).toEqual(v(expected));
  });

  it.each(["", "   ", "N/A", "NA", "n/a", "nan", "NaN", "null", "none", "-", "—", "--", "?", null, undefined, Number.NaN])(
    "%j is missing",
    (raw) => {
      expect(parseCount(raw).kind).toBe("missing");
    },
  );

  it.each(["abc", "12abc", "-5", "1.2.3,4", "1,23,4", "12x", "k", "1..2", Number.POSITIVE_INFINITY, -3, {}, true])(
    "%j is invalid",
    (raw) => {
      expect(parseCount(raw).kind).toBe("invalid");
    },
  );

  it("explains negative counts", () => {
    expect(parseCount("-5")).toEqual({ kind: "invalid", reason: "negative count" });
  });

  it("round-trips formatted integers with any supported grouping (property)", () => {
    fc.assert(
      fc.property(fc.nat(2_000_000_000), fc.constantFrom(",", " ", "\u00a0", ""), (n, sep) => {
        const s = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
        expect(parseCount(s)).toEqual(v(n));
      }),
    );
  });

  it("always returns a non-negative integer when it returns a value (property)", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseCount(s);
        if (r.kind === "value") {
          expect(Number.isInteger(r.value)).toBe(true);
          expect(r.value).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});

describe("parseRate", () => {
  it.each([
    ["1.39%", 0.0139],
    ["0.0139", 0.0139],
    ["1,39 %", 0.0139],
    ["1.39", 0.0139],
    ["150%", 1.5],
    [" 2.5 % ", 0.025],
    [0.05, 0.05],
    [3, 0.03],
    ["0%", 0],
    ["1", 1],
  ] as const)("%j -> %f", (raw, expected) => {
    const r = parseRate(raw);
    expect(r.kind).toBe("value");
    expect(metricValue(r)).toBeCloseTo(expected, 10);
  });
  it.each(["NaN%", "", "N/A", "n/a %", null])("%j is missing", (raw) => {
    expect(parseRate(raw).kind).toBe("missing");
  });
  it.each(["-1%", "-0.5", "abc%", "1.2k%", -0.1])("%j is invalid", (raw) => {
    expect(parseRate(raw).kind).toBe("invalid");
  });
  it("parses percentages written by toFixed (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (bp) => {
        const pct = (bp / 100).toFixed(2);
        expect(metricValue(parseRate(pct + "%"))).toBeCloseTo(bp / 10_000, 12);
      }),
    );
  });
});

describe("parseDecimal / detectCurrency", () => {
  it.each([
    ["$450", 450],
    ["€1.200,50", 1200.5],
    ["1,200.50", 1200.5],
    ["USD 300", 300],
    ["300 eur", 300],
    ["£12.50", 12.5],
    ["$1.2k", 1200],
    ["R$ 1.500,00", 1500],
    [99.9, 99.9],
    ["1,200", 1200],
    ["12,5", 12.5],
  ] as const)("%j -> %f", (raw, expected) => {
    expect(metricValue(parseDecimal(raw))).toBeCloseTo(expected, 10);
  });
  it("missing and invalid", () => {
    expect(parseDecimal("$").kind).toBe("missing");
    expect(parseDecimal("N/A").kind).toBe("missing");
    expect(parseDecimal("-$5").kind).toBe("invalid");
    expect(parseDecimal("$-5").kind).toBe("invalid");
    expect(parseDecimal("free").kind).toBe("invalid");
  });
  it.each([
    ["$450", "USD"],
    ["US$450", "USD"],
    ["€1.200,50", "EUR"],
    ["£10", "GBP"],
    ["USD 300", "USD"],
    ["300 chf", "CHF"],
    ["R$ 20", "BRL"],
    ["₹5000", "INR"],
    ["450", null],
    ["abc", null],
  ] as const)("detectCurrency(%j) = %s", (raw, code) => {
    expect(detectCurrency(raw)).toBe(code);
  });
  it("returns null for non-strings", () => {
    expect(detectCurrency(12)).toBeNull();
  });
});
