// A session token is only a claim: "user <sub>, issued at session version <sv>". What the user may
// do (role, organisation) is read from the database on every request, so a demotion or a move takes
// effect on the next request, and a token from before a sign-out (the version moved on) or of a
// deleted user is worth nothing. Shared by the guard (pages, routes, actions) and next-auth's
// session callback.
import type { JWT } from "next-auth/jwt";
import { getSessionRecord } from "@/lib/queries/session-record";
import { isRole, type SessionUser } from "./roles";

/** The claim inside the token: `sub` (user id) and `sv` (session version), nothing else. */
export type SessionClaim = { sub: string; sv: number };

export function sessionClaim(token: JWT | null | undefined): SessionClaim | null {
  const sub = token?.sub;
  const sv = (token as { sv?: unknown } | null | undefined)?.sv;
  return typeof sub === "string" && sub && typeof sv === "number" && Number.isInteger(sv) ? { sub, sv } : null;
}

/** The user the token stands for, as they are now; null when gone or the session was revoked. */
export async function userForClaim(claim: SessionClaim | null): Promise<SessionUser | null> {
  if (!claim) return null;
  const row = await getSessionRecord(claim.sub);
  if (!row || row.sessionVersion !== claim.sv || !isRole(row.role)) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, organizationId: row.organizationId, organizationName: row.organization.name };
}
