import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RateWindow } from "@/lib/security/rate-window";

describe("RateWindow", () => {
  it("never lets more than `limit` events through in any window, per key, and refused events are not counted", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.array(fc.tuple(fc.constantFrom("a", "b"), fc.integer({ min: 0, max: 50 })), { maxLength: 200 }), (limit, steps) => {
        const w = new RateWindow(limit, 100);
        let now = 0;
        const accepted: Record<string, number[]> = { a: [], b: [] };
        for (const [key, dt] of steps) {
          now += dt;
          const recent = accepted[key]!.filter((t) => t > now - 100).length;
          expect(w.take(key, now)).toBe(recent < limit);
          if (recent < limit) accepted[key]!.push(now);
        }
      }),
    );
  });
});
