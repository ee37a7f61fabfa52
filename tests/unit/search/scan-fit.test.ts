// A fit sort keeps only the matches whose fit can reach the page (lib/search/scan/score.ts
// bestFits): on random fits, every match that ranks before the page's end by fit alone is kept,
// every match tied with the page's last fit is kept (the next keys decide among them), and none
// that ranks after it.
import { describe, expect, it } from "vitest";
import { bestFits } from "@/lib/search/scan/score";
import { createRng } from "../../../prisma/seed/random";

describe("a fit sort's candidates", () => {
  it("are the matches at or beyond the fit of the page's last place, in either direction", () => {
    const rng = createRng(11);
    for (let round = 0; round < 300; round++) {
      const size = rng.int(1, 400);
      // Few distinct fits (many ties) or many.
      const values = rng.chance(0.5) ? [0, 15, 40, 55, 100] : Array.from({ length: 101 }, (_, k) => k);
      const fits = Array.from({ length: size }, () => rng.pick(values));
      const m = rng.int(0, size);
      const slot = Int32Array.from(Array.from({ length: size }, (_, i) => i).sort(() => rng.next() - 0.5));
      const matches = [...slot.subarray(0, m)];
      const end = rng.int(1, 60);
      const desc = rng.chance(0.5);
      const n = bestFits((i) => fits[i]!, slot, m, end, desc);
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
