// The signed-in user as a request may act (lib/auth/session.ts): read by primary key on every
// request, so it is one statement on the app's pool. No "server-only" marker, so that
// `npm run bench:session` times this very function.
import { queryRows } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

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
