// What the mapping step says about a column of small rates: their digits, not "up to 0".
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentFit } from "@/lib/import/mapping/content";
import { profileColumns } from "@/lib/import/mapping/profile";

describe("a rate column's reason", () => {
  it("prints the largest rates with their meaningful digits (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 150 }), { minLength: 1, maxLength: 40 }), (thousandths) => {
        const p = profileColumns(["ER"], thousandths.map((t) => [(t / 1000).toFixed(3)]))[0]!;
        const why = contentFit("engagementRate", p, null).why;
        const shown = /up to ([0-9.]+)\b.*read as rates/.exec(why ?? "");
        expect(shown, why ?? "").not.toBeNull();
        const p90 = [...thousandths].sort((a, b) => a - b)[Math.min(thousandths.length - 1, Math.floor(0.9 * thousandths.length))]! / 1000;
        expect(Math.abs(Number(shown![1]) - p90) / p90).toBeLessThan(0.05); // two significant digits
      }),
    );
  });

  it("says 0.03-0.09 rates go up to 0.09", () => {
    const p = profileColumns(["ER"], ["0.03", "0.05", "0.09", "0.04"].map((v) => [v]))[0]!;
    expect(contentFit("engagementRate", p, null).why).toMatch(/^100% of values are fractions below 1, up to 0\.09\b.*read as rates/);
  });
});
