// The one guard every page, route handler (lib/http route) and server action (lib/http action) goes through.
import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { DatabaseUnavailableError, describeUnavailable, isDatabaseUnavailable } from "@/lib/server/db-unavailable";
import { markDatabaseUnavailable } from "@/lib/server/request-faults";
import { authOptions } from "./options";
import { ANY_ROLE, decideAccess, type Role, type SessionUser } from "./roles";
import { sessionClaim, userForClaim } from "./session";
import { decodeSessionToken } from "./token";

/**
 * The signed-in user: the session cookie's JWT (decrypted and checked for expiry, as
 * getServerSession does) names a user id and a session version; the user's role, organisation and
 * name are then read from the database by primary key (lib/auth/session.ts). Null when signed out,
 * when the user was deleted, or when the session was revoked (signed out since: the version moved on).
 * Once per request (React's cache): the layout and the page both ask.
 * The database out of reach is a DatabaseUnavailableError (a 503 and the "retrying" page), never
 * the driver's own error, which names the server's host and port.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // Cookies only: given headers, getToken would also take an "Authorization: Bearer" token, which
  // getServerSession never did.
  const token = await getToken({
    req: { cookies: await cookies() } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: authOptions.secret,
    decode: decodeSessionToken,
  });
  try {
    return await userForClaim(sessionClaim(token));
  } catch (err) {
    if (!isDatabaseUnavailable(err)) throw err;
    markDatabaseUnavailable();
    console.error(`[db] unavailable: ${describeUnavailable(err)}`);
    throw new DatabaseUnavailableError();
  }
});

/** For pages: the signed-in user, or a redirect to the login page, or the 403 page. */
export async function requirePageUser(allowed: readonly Role[] = ANY_ROLE, callbackUrl?: string): Promise<SessionUser> {
  const decision = decideAccess(await getSessionUser(), allowed);
  if (decision.ok) return decision.user;
  if (decision.status === 401) {
    redirect(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login");
  }
  forbidden();
}
