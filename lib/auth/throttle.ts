// Failed sign-in throttling policy (pure). Storage lives in lib/queries/login-throttle.ts.
export const THROTTLE_MAX_FAILURES = 5;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_LOCK_MS = 15 * 60 * 1000;

export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };

export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil > now;
}

/** The state after one more failure at `now`. */
export function afterFailure(state: ThrottleState | null, now: Date): ThrottleState {
  const fresh = !state || now.getTime() - state.windowStart.getTime() > THROTTLE_WINDOW_MS;
  const failures = fresh ? 1 : state.failures + 1;
  const windowStart = fresh ? now : state.windowStart;
  const lockedUntil = failures >= THROTTLE_MAX_FAILURES ? new Date(now.getTime() + THROTTLE_LOCK_MS) : null;
  return { failures, windowStart, lockedUntil };
}
