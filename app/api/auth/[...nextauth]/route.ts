import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { RETRY_AFTER_SECONDS } from "@/lib/server/db-unavailable";
import { withRequestFaults } from "@/lib/server/request-faults";

const handler = NextAuth(authOptions) as (req: Request, ctx: unknown) => Promise<Response>;

/**
 * next-auth's own routes answer as next-auth does, but when the database was out of reach during the
 * request (a sign-in, a session read: lib/auth/options.ts marks it) the status is a 503 with
 * Retry-After, as every other API answers; the body (the sign-in form reads `error` from it) is kept.
 */
async function withUnavailable(req: Request, ctx: unknown): Promise<Response> {
  return withRequestFaults(async (faults) => {
    const res = await handler(req, ctx);
    if (!faults.databaseUnavailable || res.status === 503) return res;
    const headers = new Headers(res.headers);
    headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
    headers.delete("location");
    return new Response(res.body, { status: 503, headers });
  });
}

export { withUnavailable as GET, withUnavailable as POST };
