// The one guard every page, route handler and server action goes through.
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { NextRequest } from "next/server";
import { authOptions } from "./options";
import { ANY_ROLE, decideAccess, isRole, type Role, type SessionUser } from "./roles";
import { jsonError } from "@/lib/validation/errors";

/**
 * The signed-in user from the session cookie: the JWT next-auth issued (authOptions: jwt strategy),
 * decrypted and checked for expiry, as getServerSession does before its callbacks, which only copy
 * token.scout to session.user here. Decoding it directly skips next-auth's request handling and a
 * re-encryption of the token that a server component or route handler could not send anyway.
 * Once per request while rendering (React's cache): the layout and the page both ask.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // Cookies only: given headers, getToken would also take an "Authorization: Bearer" token, which
  // getServerSession never did.
  const token = await getToken({ req: { cookies: await cookies() } as unknown as Parameters<typeof getToken>[0]["req"], secret: authOptions.secret });
  const user = token?.scout as SessionUser | undefined;
  return user && isRole(user.role) && user.organizationId ? user : null;
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

type RouteContext<P> = { params: Promise<P> };
type GuardedHandler<P> = (req: NextRequest, ctx: { user: SessionUser; params: P }) => Promise<Response>;

/** For route handlers: 401 when signed out, 403 for the wrong role, 500 without a stack trace. */
export function withRole<P = Record<string, string>>(allowed: readonly Role[], handler: GuardedHandler<P>) {
  return async (req: NextRequest, ctx: RouteContext<P>) => {
    const decision = decideAccess(await getSessionUser(), allowed);
    if (!decision.ok) {
      return jsonError(decision.status === 401 ? "unauthenticated" : "forbidden", decision.message);
    }
    try {
      return await handler(req, { user: decision.user, params: await ctx.params });
    } catch (err) {
      console.error(err);
      return jsonError("internal", "Something went wrong on our side. The error was logged.");
    }
  };
}

export class ActionAccessError extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
  }
}

/** For server actions: the user, or an ActionAccessError the action turns into a form error. */
export async function requireActionUser(allowed: readonly Role[] = ANY_ROLE): Promise<SessionUser> {
  const decision = decideAccess(await getSessionUser(), allowed);
  if (!decision.ok) throw new ActionAccessError(decision.status, decision.message);
  return decision.user;
}
