// What a creator's numbers can be, and how a column's decimal mark is chosen from all its values.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { implausibility, implausibleAverage, readValue, resolveColumnReading } from "@/lib/domain/plausibility";

const read = (kind: Parameters<typeof readValue>[0], values: string[]) => {
  const { reading, note } = resolveColumnReading(kind, "Followers", values);
  return { reading, note, values: values.map((v) => { const r = readValue(kind, v, reading); return r.kind === "value" ? r.value : null; }) };
};

describe("implausibility", () => {
  it.each([
    ["followers", 1_000_000_001, "over 1 billion followers"],
    ["followers", 650_000_000, null],
    ["following", 20_000_000, "following over 10 million accounts"],
    ["posts", 50_000_000, "over 10 million posts"],
    ["average", 2e9, "over 1 billion per post"],
    ["views", 2e9, null],
    ["rate", 1.5, "over 100%"],
    ["rate", 1, null],
    ["price", 2_000_000, "over 1M USD per post"],
    ["price", 450_000, null],
    ["followers", -1, "negative"],
  ] as const)("%s %d: %s", (kind, value, expected) => {
    expect(implausibility(kind, value)).toBe(expected);
  });

  it("judges a price in its own currency's order of magnitude", () => {
    expect(implausibility("price", 2_000_000, "JPY")).toBeNull();
    expect(implausibility("price", 2_000_000, "EUR")).toBe("over 1M EUR per post");
  });

  it("refuses averages far beyond the row's followers, judging tiny accounts as 1,000 followers", () => {
    expect(implausibleAverage("average", 5_000_000, 20_000)).toBe("over 100 times the 20,000 followers");
    expect(implausibleAverage("average", 90_000, 10)).toBeNull();
    expect(implausibleAverage("views", 5_000_000, 20_000)).toBeNull();
    expect(implausibleAverage("views", 50_000_000, 20_000)).toBe("over 1000 times the 20,000 followers");
  });
});

describe("resolveColumnReading", () => {
  it("reads `1,2 M` and `16,037 M` in one column with a decimal comma and says why", () => {
    const r = read("followers", ["1,2 M", "16,037 M", "1,234 M", "850 K"]);
    expect(r.values).toEqual([1_200_000, 16_037_000, 1_234_000, 850_000]);
    expect(r.reading.decimal).toBe(",");
    expect(r.note).toBe("Followers: read `1,2 M` as 1,200,000 (decimal comma): the other reading gives 2 values over 1 billion followers and 1 value it cannot read.");
  });

  it("reads dot-grouped thousands, space and apostrophe grouping, and a column of only `,ddd` groups as thousands", () => {
    expect(read("followers", ["1.234.567", "12.500", "999"]).values).toEqual([1_234_567, 12_500, 999]);
    expect(read("followers", ["12.500", "1.250", "999"]).values).toEqual([12_500, 1_250, 999]);
    expect(read("followers", ["1 234 567", "12 500"]).values).toEqual([1_234_567, 12_500]);
    expect(read("followers", ["1'234'567", "12'500"]).values).toEqual([1_234_567, 12_500]);
    const thousands = read("followers", ["12,500", "1,250", "999"]);
    expect(thousands.values).toEqual([12_500, 1_250, 999]);
    expect(thousands.note).toBeNull();
    expect(read("price", ["1,200", "450"]).values).toEqual([1200, 450]);
    const euros = read("price", ["1.200,50 €", "450 €"]);
    expect(euros.values).toEqual([1200.5, 450]);
    expect(euros.note).toBe("Followers: read `1.200,50 €` as 1,200.50 (decimal comma): the other reading gives 1 value it cannot read.");
  });

  it("keeps a decimal point where only the decimal comma reading would make a billion followers, and says so", () => {
    const r = read("followers", ["1.234 M", "2.125 M"]);
    expect(r.values).toEqual([1_234_000, 2_125_000]);
    expect(r.note).toBe("Followers: read `1.234 M` as 1,234,000 (decimal point): the other reading gives 2 values over 1 billion followers.");
  });

  it("reads bare rates of one column alike: all percentages when any is above 1", () => {
    const pct = read("rate", ["0.5", "3.2", "1.1%"]);
    expect(pct.values[0]).toBeCloseTo(0.005, 10);
    expect(pct.values[1]).toBeCloseTo(0.032, 10);
    expect(pct.values[2]).toBeCloseTo(0.011, 10);
    expect(read("rate", ["0.05", "0.012"]).values).toEqual([0.05, 0.012]);
  });

  it("reads a lone \"1.000\" or \"1,000\" follower count as a thousand (the property's counterexample, seed 796345869)", () => {
    expect(read("followers", ["1.000"]).values).toEqual([1000]);
    expect(read("followers", ["1,000"]).values).toEqual([1000]);
    expect(read("posts", ["1.000", "2.500"]).values).toEqual([1000, 2500]);
  });

  it("never reads a plain grouped count as a fraction, whatever else the column holds (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1000, max: 999_999_999 }), { minLength: 1, maxLength: 30 }), fc.constantFrom(",", "."), (ns, grp) => {
        const values = ns.map((n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, grp));
        expect(read("followers", values).values).toEqual(ns);
      }),
    );
  });
});
