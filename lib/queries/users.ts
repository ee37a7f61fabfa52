import "server-only";
import { prisma, queryRows } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

export async function findUserForLogin(email: string) {
  return prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      passwordHash: true,
      organizationId: true,
      organization: { select: { name: true } },
    },
  });
}

export type SessionRecord = {
  id: string;
  email: string;
  name: string | null;
  role: string;
  sessionVersion: number;
  organizationId: string;
  organization: { name: string };
};

/**
 * What a request may do, read fresh by primary key on every request (lib/auth/session.ts): one
 * statement straight from the pool (queryRows), since every request pays it (Prisma's client costs
 * a request more CPU than the read itself: docs/performance.md, "Session re-check").
 */
export async function getSessionRecord(id: string): Promise<SessionRecord | null> {
  const rows = await queryRows<Omit<SessionRecord, "organization"> & { organizationName: string }>(Prisma.sql`
    SELECT u."id", u."email", u."name", u."role"::text AS "role", u."sessionVersion", u."organizationId", o."name" AS "organizationName"
    FROM "User" u JOIN "Organization" o ON o."id" = u."organizationId"
    WHERE u."id" = ${id}`);
  const r = rows[0];
  if (!r) return null;
  const { organizationName, ...user } = r;
  return { ...user, organization: { name: organizationName } };
}

export async function getSessionVersion(id: string): Promise<number | null> {
  const row = await prisma.user.findUnique({ where: { id }, select: { sessionVersion: true } });
  return row?.sessionVersion ?? null;
}

/**
 * Ends every session of the user: tokens carry the version they were issued with. Only when the
 * caller's token is still current (`fromVersion`), so a replayed, already revoked token cannot sign
 * the user out of the sessions they opened since. Returns whether it bumped.
 */
export async function revokeUserSessions(id: string, fromVersion?: number): Promise<boolean> {
  const { count } = await prisma.user.updateMany({
    where: fromVersion === undefined ? { id } : { id, sessionVersion: fromVersion },
    data: { sessionVersion: { increment: 1 } },
  });
  return count > 0;
}
