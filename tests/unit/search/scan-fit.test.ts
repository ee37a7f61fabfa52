// A fit sort, or a computed score, keeps only the matches whose first key can reach the page
// (lib/search/scan/score.ts bestLevels): on random fits (0-100) and scores in tenths (0-1000),
// every match that ranks before the page's end by that key alone is kept, every match tied with
// the page's last value is kept (the next keys decide among them), and none that ranks after it.
import { describe, expect, it } from "vitest";
import { bestLevels, SCORE_LEVELS, scoreLevel } from "@/lib/search/scan/score";
import { createRng } from "../../../prisma/seed/random";

const CASES = [
  // Fit: a whole number, few distinct values (many ties) or all 101.
  { name: "a fit sort", levels: 101, seed: 11, values: (few: boolean) => (few ? [0, 15, 40, 55, 100] : Array.from({ length: 101 }, (_, k) => k)) },
  // A computed score in tenths: few (many ties) or all 1,001.
  { name: "a computed score", levels: SCORE_LEVELS, seed: 12, values: (few: boolean) => (few ? [0, 1, 655, 656, 1000] : Array.from({ length: 1001 }, (_, k) => k)) },
];

describe.each(CASES)("$name's candidates", ({ levels, seed, values: valuesOf }) => {
  it("are the matches at or beyond the first key of the page's last place, in either direction", () => {
    const rng = createRng(seed);
    for (let round = 0; round < 300; round++) {
      const size = rng.int(1, 400);
      const values = valuesOf(rng.chance(0.5));
      const fits = Array.from({ length: size }, () => rng.pick(values));
      const m = rng.int(0, size);
      const slot = Int32Array.from(Array.from({ length: size }, (_, i) => i).sort(() => rng.next() - 0.5));
      const matches = [...slot.subarray(0, m)];
      const end = rng.int(1, 60);
      const desc = rng.chance(0.5);
      const n = bestLevels((sl, mm, out) => sl.subarray(0, mm).forEach((i, p) => (out[p] = fits[i]!)), levels, slot, m, end, desc, new Uint16Array(size));
      const kept = [...slot.subarray(0, n)].sort((a, b) => a - b);
      if (m <= end) {
        expect(kept).toEqual([...matches].sort((a, b) => a - b));
        continue;
      }
      // The fit of the end-th place when the matches are ranked by fit alone.
      const ranked = matches.map((i) => fits[i]!).sort((a, b) => (desc ? b - a : a - b));
      const last = ranked[end - 1]!;
      const expected = matches.filter((i) => (desc ? fits[i]! >= last : fits[i]! <= last)).sort((a, b) => a - b);
      expect(kept, `round ${round}`).toEqual(expected);
      expect(n).toBeGreaterThanOrEqual(end);
    }
  });
});

describe("a computed score's level", () => {
  it("is its tenths, the same order as the score, for every multiple of 0.1 that round1 gives", () => {
    for (let tenths = 0; tenths <= 1000; tenths++) {
      const score = Math.floor((tenths / 10) * 10 + 0.5) / 10;
      expect(scoreLevel(score)).toBe(tenths);
    }
  });
});
