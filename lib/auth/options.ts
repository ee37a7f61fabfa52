import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { findUserForLogin, getSessionVersion, revokeUserSessions } from "@/lib/queries/users";
import { releaseLoginAttempt, reserveLoginAttempt } from "@/lib/queries/login-throttle";
import { clientAddress } from "@/lib/security/client-address";
import { describeUnavailable, isDatabaseUnavailable } from "@/lib/server/db-unavailable";
import { markDatabaseUnavailable } from "@/lib/server/request-faults";
import { safeRedirectUrl, type SessionUser } from "./roles";
import { throttleKeys } from "./throttle";
import { sessionClaim, userForClaim } from "./session";

const credentialsSchema = z.object({ email: z.email().max(320), password: z.string().min(1).max(200) });

export const LOCKED_ERROR = "TooManyAttempts";
/** The sign-in form's word for "the database is out of reach" (it never names the server). */
export const UNAVAILABLE_ERROR = "DatabaseUnavailable";
/** Anything else that went wrong: logged; the form says only that sign-in failed. */
export const FAILED_ERROR = "SignInFailed";

/**
 * next-auth puts the message of whatever authorize() throws into the URL the browser is sent to, and
 * the sign-in form showed it: a driver's "connect ECONNREFUSED 10.0.0.5:5432" named the database's
 * host and port. Only our own words leave: the throttle's, "unavailable", or "failed".
 */
function signInError(err: unknown): Error {
  if (err instanceof Error && err.message === LOCKED_ERROR) return err;
  if (isDatabaseUnavailable(err)) {
    markDatabaseUnavailable();
    console.error(`[auth] sign-in: database unavailable: ${describeUnavailable(err)}`);
    return new Error(UNAVAILABLE_ERROR);
  }
  console.error("[auth] sign-in failed:", err);
  return new Error(FAILED_ERROR);
}

/** The sign-in limit's clock (lib/auth/throttle.ts counts waits from it); a test sets a fixed instant. */
export const signInClock = { now: (): Date => new Date() };

type Credentials = Record<"email" | "password", string> | undefined;
type Headers = Parameters<typeof clientAddress>[0];

async function checkCredentials(credentials: Credentials, req: { headers?: Headers } | undefined): Promise<SessionUser | null> {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const keys = throttleKeys(email, clientAddress(req?.headers));
  // The attempt is counted as a failure before the password is compared (atomically with the
  // check), so a parallel burst cannot have more guesses compared than the free allowance.
  const reservation = await reserveLoginAttempt(keys, signInClock.now());
  if (!reservation) throw new Error(LOCKED_ERROR);
  const user = await findUserForLogin(email);
  // Compare against a dummy hash when the user is unknown so timing does not reveal accounts.
  const ok = await bcrypt.compare(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) return null;
  // A success takes its count back: the account key is cleared, the per-address key keeps the
  // earlier failures (a success must not reset a spray across many accounts).
  await releaseLoginAttempt(reservation);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organizationId: user.organizationId,
    organizationName: user.organization.name,
  };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  secret: process.env.NEXTAUTH_SECRET,
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        try {
          return await checkCredentials(credentials, req);
        } catch (err) {
          throw signInError(err);
        }
      },
    }),
  ],
  callbacks: {
    // Where next-auth sends the browser after sign-in or sign-out: this site only, by the same rule
    // as the login page (its default let "/\t/evil.example" through, which a browser reads as another host).
    async redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
    // The token holds the user id and the session version it was issued at, nothing the user may do:
    // role and organisation are read per request (lib/auth/session.ts), so they cannot go stale.
    async jwt({ token, user }) {
      if (!user) return token;
      const sv = await getSessionVersion(user.id).catch((err: unknown) => {
        throw signInError(err);
      });
      if (sv === null) throw new Error("The account was deleted during sign-in.");
      return { sub: user.id, sv };
    },
    async session({ session, token }) {
      // next-auth clears the session cookie when this throws: a database blip must not sign people
      // out. The request is marked (a 503, app/api/auth/[...nextauth]/route.ts) and the cookie kept.
      const user = await userForClaim(sessionClaim(token)).catch((err: unknown) => {
        if (!isDatabaseUnavailable(err)) throw err;
        markDatabaseUnavailable();
        return null;
      });
      return { ...session, user: user ?? undefined } as typeof session;
    },
  },
  events: {
    // Signing out revokes the token (and every other session of the user): a copy replayed later is refused.
    async signOut({ token }) {
      const claim = sessionClaim(token);
      if (claim) await revokeUserSessions(claim.sub, claim.sv);
    },
  },
};

const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.CkH9eRzZ1QG8gS6hQ0RzQm2mWz4K";
