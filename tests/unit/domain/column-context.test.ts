// A column's reading from the column as a whole and from the rest of its file: prices grouped by a
// dot ("4.841 €"), prices too low for the account, bare engagement rates written as percents under 1.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { implausiblyLowPrice, readValue, resolveColumnReading, type ColumnContext, type MetricKind } from "@/lib/domain/plausibility";

const read = (kind: MetricKind, values: string[], ctx?: ColumnContext) => {
  const r = resolveColumnReading(kind, "Column", values, ctx);
  return { ...r, values: values.map((v) => { const x = readValue(kind, v, r.reading); return x.kind === "value" ? x.value : null; }) };
};

describe("a price column", () => {
  it("reads a single dot or comma before exactly three digits as thousands in every value (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 })), { minLength: 1, maxLength: 30 }),
        fc.constantFrom(".", ","),
        fc.constantFrom((s: string) => `${s} €`, (s: string) => `€${s}`, (s: string) => s, (s: string) => `EUR ${s}`),
        (pairs, mark, dress) => {
          const values = pairs.map(([a, b]) => dress(`${a}${mark}${String(b).padStart(3, "0")}`));
          expect(read("price", values).values).toEqual(pairs.map(([a, b]) => a * 1000 + b));
        },
      ),
    );
  });

  it("keeps the decimal point when any value has another count of decimals", () => {
    expect(read("price", ["4.841", "12.50", "99.9"]).values).toEqual([4.841, 12.5, 99.9]);
    expect(read("price", ["4.841 €", "12,50 €"]).reading.decimal).toBe(",");
  });

  it("takes the decimal mark the file's other columns were decided on when the values leave it open", () => {
    expect(read("price", ["1.500 €", "2,500 €"], { fileDecimal: "," }).values).toEqual([1500, 2.5]);
    expect(read("price", ["1.500 €", "2,500 €"], { fileDecimal: "." }).values).toEqual([1.5, 2500]);
  });

  it("takes the other reading when one gives a price too low for the account", () => {
    expect(read("price", ["1.500", "2,500"], { followers: [50_000, 500] }).values).toEqual([1500, 2.5]);
    expect(read("price", ["1.500", "2,500"], { followers: [500, 50_000] }).values).toEqual([1.5, 2500]);
    expect(implausiblyLowPrice(0.5, "EUR", null)).toBe("under 1 EUR per post");
    expect(implausiblyLowPrice(4.84, "USD", 65_685)).toBe("under 5 USD per post for over 10,000 followers");
    expect(implausiblyLowPrice(4.84, "USD", 9_000)).toBeNull();
    expect(implausiblyLowPrice(450, "JPY", 65_685)).toBe("under 5000 JPY per post for over 10,000 followers");
  });

  it("keeps the currency its header names", () => {
    expect(read("price", ["7306,39"], { currency: "EUR" }).reading).toEqual({ decimal: ",", currency: "EUR" });
  });
});

describe("bare engagement rates", () => {
  const fixed = (x: number) => x.toFixed(2);

  it("are percents when all under 1 but their median as a fraction would be over 20%, and the note says so (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 21, max: 99 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 29 }),
        fc.constantFrom(".", ","),
        (high, low, mark) => {
          fc.pre(low.length < high.length);
          const hundredths = [...high, ...low];
          const values = hundredths.map((h) => fixed(h / 100).replace(".", mark));
          const r = read("rate", values);
          expect(r.reading.barePercent).toBe(true);
          r.values.forEach((v, i) => expect(v).toBeCloseTo(hundredths[i]! / 10_000, 10));
          expect(r.note).toMatch(/read as percentages/);
        },
      ),
    );
  });

  it("stay fractions when they look like engagement rates as fractions (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 150 }), { minLength: 1, maxLength: 30 }), (thousandths) => {
        const values = thousandths.map((t) => (t / 1000).toFixed(3));
        const r = read("rate", values);
        expect(r.reading.barePercent).toBe(false);
        r.values.forEach((v, i) => expect(v).toBeCloseTo(thousandths[i]! / 1000, 10));
        expect(r.note ?? "").not.toMatch(/percentages/);
      }),
    );
  });

  it("are percents when any is above 1, as before", () => {
    expect(read("rate", ["0.5", "3.2"]).values).toEqual([0.005, 0.032]);
  });
});
