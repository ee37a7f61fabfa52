import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestIndexes } from "@/lib/domain/compare";

const values = fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null }), { minLength: 0, maxLength: 6 });
const better = fc.constantFrom("higher" as const, "lower" as const);

describe("bestIndexes", () => {
  it("picks the highest, or the lowest for cost rows", () => {
    expect(bestIndexes([3, 9, 5], "higher")).toEqual([1]);
    expect(bestIndexes([3, 9, 5], "lower")).toEqual([0]);
  });

  it("highlights every tied value", () => {
    expect(bestIndexes([7, 2, 7], "higher")).toEqual([0, 2]);
    expect(bestIndexes([4, 4], "lower")).toEqual([0, 1]);
  });

  it("highlights nothing with fewer than 2 known values", () => {
    expect(bestIndexes([null, 5, null], "higher")).toEqual([]);
    expect(bestIndexes([null, null], "lower")).toEqual([]);
    expect(bestIndexes([], "higher")).toEqual([]);
  });

  it("never lets a missing value win, not even as a 'lowest' cost", () => {
    expect(bestIndexes([null, 0.5, 2], "lower")).toEqual([1]);
    expect(bestIndexes([Number.NaN, 1, 2], "lower")).toEqual([1]);
  });

  it("property: the best are known values no other known value beats", () => {
    fc.assert(
      fc.property(values, better, (vs, b) => {
        const best = bestIndexes(vs, b);
        const known = vs.filter((v): v is number => v !== null);
        if (known.length < 2) {
          expect(best).toEqual([]);
          return;
        }
        for (const i of best) {
          const v = vs[i];
          expect(v).not.toBeNull();
          for (const k of known) expect(b === "higher" ? v! >= k : v! <= k).toBe(true);
        }
        // Every index holding the winning value is highlighted.
        const target = b === "higher" ? Math.max(...known) : Math.min(...known);
        expect(best).toEqual(vs.flatMap((v, i) => (v === target ? [i] : [])));
      }),
    );
  });

  it("property: permuting the columns permutes the highlight", () => {
    fc.assert(
      fc.property(values.chain((vs) => fc.tuple(fc.constant(vs), fc.shuffledSubarray(vs.map((_, i) => i), { minLength: vs.length, maxLength: vs.length }))), better, ([vs, order], b) => {
        const permuted = order.map((i) => vs[i]!);
        const mapped = bestIndexes(permuted, b).map((j) => order[j]!).sort((x, y) => x - y);
        expect(mapped).toEqual(bestIndexes(vs, b));
      }),
    );
  });
});
