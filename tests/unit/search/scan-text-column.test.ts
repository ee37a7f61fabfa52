// The catalog's packed texts (lib/search/scan/text-column.ts) read back exactly what was written:
// NULL apart from the empty text, characters outside Latin-1 and surrogate pairs intact, across
// appends, overwrites of joined texts and of texts not joined yet, and the writing out of the
// texts written over, against a plain array written alongside.
import { describe, expect, it } from "vitest";
import { TextColumn } from "@/lib/search/scan/text-column";
import { createRng, type Rng } from "../../../prisma/seed/random";

const PIECES = ["", "a", "anna", "café", "日本", "😀", "x".repeat(40), " ", "naïve", "\u0000", "ß", "İ"];

function randomText(rng: Rng): string | null {
  if (rng.chance(0.15)) return null;
  return Array.from({ length: rng.int(0, 5) }, () => rng.pick(PIECES)).join("");
}

function expectSame(col: TextColumn, model: (string | null)[]) {
  expect(col.size).toBe(model.length);
  for (let i = 0; i < model.length; i++) if (col.get(i) !== model[i]) expect([i, col.get(i)]).toEqual([i, model[i]]);
}

describe("a packed text column", () => {
  it("reads back every slot after random appends and overwrites", () => {
    // Seeds 11 and 12 write out what was written over often (past 64 characters), 13 and 14 never.
    for (const seed of [11, 12, 13, 14]) {
      const rng = createRng(seed);
      const col = seed < 13 ? new TextColumn(64) : new TextColumn();
      const model: (string | null)[] = [];
      for (let step = 0; step < 30_000; step++) {
        // Mostly appends, then overwrites anywhere: in joined pages, loose ones and the last one.
        const i = model.length === 0 || rng.chance(0.6) ? model.length : rng.int(0, model.length - 1);
        const t = randomText(rng);
        col.set(i, t);
        model[i] = t;
        if (step % 997 === 0) expectSame(col, model);
      }
      expectSame(col, model);
      col.flush();
      expectSame(col, model);
    }
  });

  it("tells NULL from the empty text in joined pages, first slots included", () => {
    const col = new TextColumn();
    const model = Array.from({ length: 5_000 }, (_, i) => (i % 3 === 0 ? null : i % 3 === 1 ? "" : `t${i}`));
    model.forEach((t, i) => col.set(i, t));
    col.flush();
    expectSame(col, model);
    expect(col.get(0)).toBeNull();
    expect(col.get(1)).toBe("");
    expect(col.get(256)).toBe("");
    expect(col.get(5_000)).toBeNull();
  });

  it("refuses a write past the next slot, which would leave a hole", () => {
    const col = new TextColumn();
    col.set(0, "a");
    expect(() => col.set(2, "c")).toThrow(RangeError);
    expect(col.size).toBe(1);
  });

  it("rewrites a million slots three times over, writing out what was written over, and stays a few thousand strings", () => {
    const col = new TextColumn();
    const n = 1_000_000;
    for (let i = 0; i < n; i++) col.set(i, `h${i}`);
    for (let round = 1; round <= 3; round++) for (let i = 0; i < n; i++) col.set(i, round === 3 && i % 2 ? null : `r${round}-${i}`);
    // What the column is for: a million texts held as a few thousand strings, not a million; and
    // the texts written over are dropped (the 3.5 million written, all kept, would be 13,672 pages).
    expect(col.heldStrings).toBeLessThanOrEqual((3 * n) / 256);
    col.flush();
    expect([col.get(0), col.get(1), col.get(n - 2), col.get(n - 1)]).toEqual(["r3-0", null, `r3-${n - 2}`, null]);
  });

});
