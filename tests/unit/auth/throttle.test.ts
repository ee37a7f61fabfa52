import { describe, expect, it } from "vitest";
import { afterFailure, isLocked, THROTTLE_LOCK_MS, THROTTLE_MAX_FAILURES, THROTTLE_WINDOW_MS, type ThrottleState } from "@/lib/auth/throttle";

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("failed sign-in throttling", () => {
  it(`locks after ${THROTTLE_MAX_FAILURES} failures inside the window, for ${THROTTLE_LOCK_MS / 60000} minutes`, () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < THROTTLE_MAX_FAILURES - 1; i++) {
      state = afterFailure(state, at(i * 1000));
      expect(isLocked(state, at(i * 1000))).toBe(false);
    }
    state = afterFailure(state, at(10_000));
    expect(isLocked(state, at(10_000))).toBe(true);
    expect(isLocked(state, at(10_000 + THROTTLE_LOCK_MS - 1))).toBe(true);
    expect(isLocked(state, at(10_000 + THROTTLE_LOCK_MS + 1))).toBe(false);
  });

  it("starts a new window when failures are far apart", () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < THROTTLE_MAX_FAILURES * 2; i++) state = afterFailure(state, at(i * (THROTTLE_WINDOW_MS + 1)));
    expect(state!.failures).toBe(1);
    expect(isLocked(state, at(THROTTLE_MAX_FAILURES * 2 * (THROTTLE_WINDOW_MS + 1)))).toBe(false);
  });

  it("never locks an account with no failures", () => {
    expect(isLocked(null, t0)).toBe(false);
  });
});
