import "server-only";
import { prisma } from "@/lib/db/client";
import { afterFailure, isLocked, type ThrottleKey, type ThrottleState } from "@/lib/auth/throttle";

export async function isLoginLocked(keys: readonly ThrottleKey[], now = new Date()): Promise<boolean> {
  const states = await prisma.loginThrottle.findMany({
    where: { key: { in: keys.map((k) => k.key) } },
    select: { failures: true, windowStart: true, lockedUntil: true },
  });
  return states.some((s) => isLocked(s, now));
}

/**
 * One more failure on each key. The row is locked while it is read and rewritten, so a burst of
 * parallel attempts counts every attempt (a plain read-then-write counted a burst as one).
 */
export async function recordLoginFailure(keys: readonly ThrottleKey[], now = new Date()): Promise<void> {
  for (const { key, freeFailures } of keys) {
    await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO "LoginThrottle" ("key", "failures", "windowStart") VALUES (${key}, 0, ${now}) ON CONFLICT ("key") DO NOTHING`;
      const [state] = await tx.$queryRaw<ThrottleState[]>`
        SELECT "failures", "windowStart", "lockedUntil" FROM "LoginThrottle" WHERE "key" = ${key} FOR UPDATE`;
      const next = afterFailure(state.failures === 0 ? null : state, now, freeFailures);
      await tx.loginThrottle.update({ where: { key }, data: next, select: { key: true } });
    });
  }
}

export async function clearLoginFailures(keys: readonly ThrottleKey[]): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key: { in: keys.map((k) => k.key) } } });
}
