import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { findUserForLogin, getSessionVersion, revokeUserSessions } from "@/lib/queries/users";
import { releaseLoginAttempt, reserveLoginAttempt } from "@/lib/queries/login-throttle";
import { clientAddress } from "@/lib/security/client-address";
import type { SessionUser } from "./roles";
import { throttleKeys } from "./throttle";
import { sessionClaim, userForClaim } from "./session";

const credentialsSchema = z.object({ email: z.email().max(320), password: z.string().min(1).max(200) });

export const LOCKED_ERROR = "TooManyAttempts";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  secret: process.env.NEXTAUTH_SECRET,
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const email = parsed.data.email.toLowerCase();
        const keys = throttleKeys(email, clientAddress(req?.headers));
        // The attempt is counted as a failure before the password is compared (atomically with the
        // check), so a parallel burst cannot have more guesses compared than the free allowance.
        const reservation = await reserveLoginAttempt(keys);
        if (!reservation) throw new Error(LOCKED_ERROR);
        const user = await findUserForLogin(email);
        // Compare against a dummy hash when the user is unknown so timing does not reveal accounts.
        const ok = await bcrypt.compare(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
        if (!user || !ok) return null;
        // A success takes its count back: the account key is cleared, the per-address key keeps the
        // earlier failures (a success must not reset a spray across many accounts).
        await releaseLoginAttempt(reservation);
        const sessionUser: SessionUser = {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          organizationId: user.organizationId,
          organizationName: user.organization.name,
        };
        return sessionUser;
      },
    }),
  ],
  callbacks: {
    // The token holds the user id and the session version it was issued at, nothing the user may do:
    // role and organisation are read per request (lib/auth/session.ts), so they cannot go stale.
    async jwt({ token, user }) {
      if (!user) return token;
      const sv = await getSessionVersion(user.id);
      if (sv === null) throw new Error("The account was deleted during sign-in.");
      return { sub: user.id, sv };
    },
    async session({ session, token }) {
      const user = await userForClaim(sessionClaim(token));
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
