import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_AGREED_PRICE, updateItemSchema } from "@/lib/validation/shortlist";

const price = (agreedPrice: unknown) => updateItemSchema.safeParse({ agreedPrice });

describe("agreedPrice", () => {
  it.each([[[]], [[5]], [true], [false], [{}], ["abc"], ["-5"], ["1e3"], ["0x10"], [-1], [Number.NaN], [Number.POSITIVE_INFINITY], [MAX_AGREED_PRICE + 1]])("refuses %j", (v) => {
    expect(price(v).success).toBe(false);
  });

  it("clears with null or an empty string and leaves the price alone when absent", () => {
    expect(price(null).data?.agreedPrice).toBeNull();
    expect(price(" ").data?.agreedPrice).toBeNull();
    expect(updateItemSchema.parse({}).agreedPrice).toBeUndefined();
  });

  it("accepts any number or decimal string in range, rounded to cents like the column", () => {
    fc.assert(fc.property(fc.double({ min: 0, max: MAX_AGREED_PRICE, noNaN: true }), (n) => {
      const got = price(n);
      expect(got.success).toBe(true);
      expect(got.data!.agreedPrice).toBe(Math.round(n * 100) / 100);
      expect(Math.abs(got.data!.agreedPrice! - n)).toBeLessThanOrEqual(0.005 + 1e-9);
    }));
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_AGREED_PRICE * 100 }), (cents) => {
      const s = (cents / 100).toFixed(2);
      expect(price(s).data?.agreedPrice).toBe(Number(s));
    }));
    expect(price("450.004").data?.agreedPrice).toBe(450);
  });
});
