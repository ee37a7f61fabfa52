import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACCOUNT_FREE_FAILURES, ADDRESS_FREE_FAILURES, afterFailure, FIRST_DELAY_MS, isLocked, MAX_DELAY_MS, throttleKeys,
  THROTTLE_WINDOW_MS, type ThrottleState,
} from "@/lib/auth/throttle";

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const FREE = ACCOUNT_FREE_FAILURES;
const MINUTE = 60_000;

describe("failed sign-in throttling", () => {
  it(`lets ${FREE - 1} failures through, then asks for a wait that doubles each time up to the cap`, () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < FREE - 1; i++) {
      state = afterFailure(state, at(i * 1000), FREE);
      expect(isLocked(state, at(i * 1000))).toBe(false);
    }
    let now = 10_000;
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      state = afterFailure(state, at(now), FREE);
      const wait = state.lockedUntil!.getTime() - at(now).getTime();
      waits.push(wait);
      expect(isLocked(state, at(now + wait - 1))).toBe(true);
      expect(isLocked(state, at(now + wait))).toBe(false);
      now += wait; // the next attempt comes as soon as it is allowed, and fails again
    }
    // 30 s, 1, 2, 4, 8 min, then 15 min (the cap) from then on.
    expect(waits).toEqual([0.5, 1, 2, 4, 8, 15, 15, 15].map((m) => m * MINUTE));
    expect(FIRST_DELAY_MS).toBe(0.5 * MINUTE);
    expect(MAX_DELAY_MS).toBe(15 * MINUTE);
  });

  it("starts over when failures are far apart", () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < FREE * 2; i++) state = afterFailure(state, at(i * (THROTTLE_WINDOW_MS + 1)), FREE);
    expect(state!.failures).toBe(1);
    expect(isLocked(state, at(FREE * 2 * (THROTTLE_WINDOW_MS + 1)))).toBe(false);
  });

  it("does not forget a run while its waits keep running", () => {
    let state: ThrottleState | null = null;
    let now = 0;
    for (let i = 0; i < FREE + 6; i++) {
      state = afterFailure(state, at(now), FREE);
      now = state.lockedUntil ? state.lockedUntil.getTime() - t0.getTime() : now + 1000;
    }
    expect(state!.failures).toBe(FREE + 6);
  });

  it("never asks anyone to wait longer than the cap, whatever the sequence of failures", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 * MINUTE }), { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 30 }), (gaps, free) => {
        let state: ThrottleState | null = null;
        let now = 0;
        for (const gap of gaps) {
          now += gap;
          if (isLocked(state, at(now))) continue; // refused attempts are not counted
          state = afterFailure(state, at(now), free);
          if (state.lockedUntil) expect(state.lockedUntil.getTime() - at(now).getTime()).toBeLessThanOrEqual(MAX_DELAY_MS);
        }
      }),
    );
  });

  it("never locks an account with no failures", () => {
    expect(isLocked(null, t0)).toBe(false);
  });

  it("counts the account per address, and the address across accounts", () => {
    expect(throttleKeys("a@x.test", "203.0.113.9")).toEqual([
      { key: "account:a@x.test|203.0.113.9", scope: "account", freeFailures: ACCOUNT_FREE_FAILURES },
      { key: "address:203.0.113.9", scope: "address", freeFailures: ADDRESS_FREE_FAILURES },
    ]);
    expect(throttleKeys("a@x.test", "198.51.100.1")[0].key).not.toBe(throttleKeys("a@x.test", "203.0.113.9")[0].key);
    // One IPv6 subscriber's /64 is one client: rotating within it does not start a fresh count.
    expect(throttleKeys("a@x.test", "2001:db8:1:2::1")).toEqual(throttleKeys("a@x.test", "2001:db8:1:2:9:9:9:9"));
    expect(throttleKeys("a@x.test", "2001:db8:1:2::1")[1].key).toBe("address:2001:db8:1:2::/64");
    // Unknown address: one shared account key, and no address key that everyone would share.
    expect(throttleKeys("a@x.test", null)).toEqual([{ key: "account:a@x.test|unknown", scope: "account", freeFailures: ACCOUNT_FREE_FAILURES }]);
  });
});
