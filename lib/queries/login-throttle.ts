import "server-only";
import { prisma } from "@/lib/db/client";
import { afterFailure, isLocked, type ThrottleKey, type ThrottleState } from "@/lib/auth/throttle";

/** What one counted attempt changed on one key, so that a success can take it back. */
export type ThrottleReservation = { key: ThrottleKey; before: ThrottleState | null; after: ThrottleState };

/**
 * Counts one attempt against every key *before* the password is compared, atomically with the check:
 * the rows are locked (in key order, so two attempts never deadlock) while they are read and rewritten.
 * Returns null when any key is in a wait (the attempt is refused and counted nowhere), else what was
 * counted. A parallel burst therefore has at most the free allowance compared; the rest are refused.
 */
export async function reserveLoginAttempt(keys: readonly ThrottleKey[], now = new Date()): Promise<ThrottleReservation[] | null> {
  const sorted = [...keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return prisma.$transaction(async (tx) => {
    const states: (ThrottleState | null)[] = [];
    for (const { key } of sorted) {
      await tx.$executeRaw`INSERT INTO "LoginThrottle" ("key", "failures", "windowStart") VALUES (${key}, 0, ${now}) ON CONFLICT ("key") DO NOTHING`;
      const [state] = await tx.$queryRaw<ThrottleState[]>`
        SELECT "failures", "windowStart", "lockedUntil" FROM "LoginThrottle" WHERE "key" = ${key} FOR UPDATE`;
      states.push(state.failures === 0 ? null : state);
    }
    if (states.some((s) => isLocked(s, now))) {
      // Nothing counted: drop the placeholder rows this attempt may have inserted.
      await tx.loginThrottle.deleteMany({ where: { key: { in: sorted.map((k) => k.key) }, failures: 0 } });
      return null;
    }
    const reservations: ThrottleReservation[] = [];
    for (const [i, key] of sorted.entries()) {
      const after = afterFailure(states[i], now, key.freeFailures);
      await tx.loginThrottle.update({ where: { key: key.key }, data: after, select: { key: true } });
      reservations.push({ key, before: states[i], after });
    }
    return reservations;
  }, TRANSACTION_WAIT);
}

/**
 * A burst of sign-ins queues for the pool's connections: each waits its turn (up to 10 s) rather
 * than failing after Prisma's default 2 s, which a busy machine reached with 40 attempts at once.
 */
const TRANSACTION_WAIT = { maxWait: 10_000, timeout: 15_000 };

/**
 * A success: an "account" key is cleared; an "address" key gets its counted attempt back (its earlier
 * state again if nothing else touched it since, else one failure fewer), so a success never counts
 * but does not reset a spray across many accounts either.
 */
export async function releaseLoginAttempt(reservations: readonly ThrottleReservation[]): Promise<void> {
  for (const { key, before, after } of reservations) {
    if (key.scope === "account") {
      await prisma.loginThrottle.deleteMany({ where: { key: key.key } });
      continue;
    }
    await prisma.$transaction(async (tx) => {
      const [state] = await tx.$queryRaw<ThrottleState[]>`
        SELECT "failures", "windowStart", "lockedUntil" FROM "LoginThrottle" WHERE "key" = ${key.key} FOR UPDATE`;
      if (!state) return;
      const untouched = state.failures === after.failures && state.lockedUntil?.getTime() === after.lockedUntil?.getTime();
      if (untouched && !before) await tx.loginThrottle.delete({ where: { key: key.key } });
      else if (untouched && before) await tx.loginThrottle.update({ where: { key: key.key }, data: before });
      else await tx.loginThrottle.update({ where: { key: key.key }, data: { failures: Math.max(state.failures - 1, 0) } });
    });
  }
}
