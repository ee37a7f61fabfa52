// Rate limits in PostgreSQL, so that every app instance counts against the same allowance: at most
// `limit` events per key in any `windowMs` (a sliding window, exact). Each event is a row; the key is
// locked for the transaction (an advisory lock), so parallel requests on several instances are
// counted one after another and a burst cannot overshoot. A refused event is not counted.
import { prisma } from "@/lib/db/client";

export async function takeRateSlot(key: string, limit: number, windowMs: number, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - windowMs);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`rate:${key}`}, 0))`;
    const [row] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "RateEvent" WHERE "key" = ${key} AND "at" > ${since}`;
    if (row!.n >= limit) return false;
    await tx.$executeRaw`INSERT INTO "RateEvent" ("key", "at") VALUES (${key}, ${now})`;
    return true;
  });
}

/** Housekeeping: events older than any window we use (a day) count for nothing any more. */
export async function deleteOldRateEvents(now = new Date()): Promise<number> {
  return prisma.$executeRaw`DELETE FROM "RateEvent" WHERE "at" < ${new Date(now.getTime() - 86_400_000)}`;
}
