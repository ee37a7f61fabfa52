import "server-only";
import { prisma } from "@/lib/db/client";

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
