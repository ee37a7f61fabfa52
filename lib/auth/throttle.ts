// Failed sign-in throttling policy (pure). Storage lives in lib/queries/login-throttle.ts.
import { addressBucket } from "@/lib/security/ip-ranges";
//
// A delay, not a lock, and counted per account *from one address*: an attacker who knows an email
// can slow down only their own attempts on it, never the owner's from elsewhere. Each key allows
// some failures free, then every further failure makes the next attempt wait twice as long as the
// last, up to MAX_DELAY_MS. Attempts refused during a wait are not counted, so hammering does not
// extend it. A separate per-address key slows one address trying many accounts.
export const ACCOUNT_FREE_FAILURES = 5;
export const ADDRESS_FREE_FAILURES = 20;
export const FIRST_DELAY_MS = 30 * 1000;
export const MAX_DELAY_MS = 15 * 60 * 1000;
/** A run of failures is forgotten this long after it began and after its last wait ended. */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };
/** An "account" key is cleared by a successful sign-in; an "address" key runs its course. */
export type ThrottleKey = { key: string; scope: "account" | "address"; freeFailures: number };

/**
 * The keys one attempt counts against; an IPv6 client counts by its /64 network. With no known
 * address (a bare `next start`, see lib/security/client-address.ts) the account key is shared by
 * everyone, and there is no address key.
 */
export function throttleKeys(email: string, clientAddress: string | null): ThrottleKey[] {
  if (!clientAddress) return [{ key: `account:${email}|unknown`, scope: "account", freeFailures: ACCOUNT_FREE_FAILURES }];
  const address = addressBucket(clientAddress);
  return [
    { key: `account:${email}|${address}`, scope: "account", freeFailures: ACCOUNT_FREE_FAILURES },
    { key: `address:${address}`, scope: "address", freeFailures: ADDRESS_FREE_FAILURES },
  ];
}

export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil > now;
}

/** How long the next attempt must wait after `failures` failures on a key allowing `free`. */
export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** Math.min(failures - free, 30), MAX_DELAY_MS);
}

/** The state after one more failure at `now`. */
export function afterFailure(state: ThrottleState | null, now: Date, free: number): ThrottleState {
  const lastActive = state ? Math.max(state.windowStart.getTime(), state.lockedUntil?.getTime() ?? 0) : 0;
  const fresh = !state || now.getTime() - lastActive > THROTTLE_WINDOW_MS;
  const failures = fresh ? 1 : state.failures + 1;
  const windowStart = fresh ? now : state.windowStart;
  const delay = delayAfter(failures, free);
  return { failures, windowStart, lockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null };
}
