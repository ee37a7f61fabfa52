// The page selection of the scan (lib/search/scan/run.ts select and topK): for any range of ranks, the same
// elements in the same order as a full sort, on random inputs with many equal keys.
import { describe, expect, it } from "vitest";
import { select, topK } from "@/lib/search/scan/select";
import { createRng } from "../../../prisma/seed/random";

describe("quickselect of a page", () => {
  it("puts ranks [lo, hi) where a full sort puts them, for random keys, sizes and pages", () => {
    const rng = createRng(42);
    for (let round = 0; round < 300; round++) {
      const n = rng.int(1, 400);
      const key = Array.from({ length: n }, () => rng.int(0, rng.pick([3, 20, 1000])));
      // Ties broken by position, as the scan breaks them by id: a total order.
      const before = (a: number, b: number) => (key[a] !== key[b] ? key[a]! < key[b]! : a < b);
      const sorted = [...Array(n).keys()].sort((a, b) => (before(a, b) ? -1 : 1));
      const lo = rng.int(0, n - 1);
      const hi = Math.min(n, lo + rng.int(1, 50));
      const pos = Int32Array.from([...Array(n).keys()].sort(() => rng.next() - 0.5));
      select(pos, 0, n, lo, before);
      select(pos, lo, n, hi - 1, before);
      const page = Array.from(pos.subarray(lo, hi)).sort((a, b) => (before(a, b) ? -1 : 1));
      expect(page).toEqual(sorted.slice(lo, hi));
      // The heap of a shallow page keeps the same best hi.
      const best = topK(n, hi, before).sort((a, b) => (before(a, b) ? -1 : 1));
      expect(best).toEqual(sorted.slice(0, hi));
    }
  });
});
