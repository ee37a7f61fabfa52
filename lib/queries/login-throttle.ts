import "server-only";
import { prisma } from "@/lib/db/client";
import { afterFailure, isLocked, type ThrottleState } from "@/lib/auth/throttle";

async function readState(key: string): Promise<ThrottleState | null> {
  return prisma.loginThrottle.findUnique({
    where: { key },
    select: { failures: true, windowStart: true, lockedUntil: true },
  });
}

export async function isLoginLocked(keys: string[], now = new Date()): Promise<boolean> {
  const states = await Promise.all(keys.map(readState));
  return states.some((s) => isLocked(s, now));
}

export async function recordLoginFailure(keys: string[], now = new Date()): Promise<void> {
  for (const key of keys) {
    const next = afterFailure(await readState(key), now);
    await prisma.loginThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
  }
}

export async function clearLoginFailures(keys: string[]): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key: { in: keys } } });
}
