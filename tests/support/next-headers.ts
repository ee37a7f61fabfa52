// A stand-in for next/headers in integration tests that call route handlers, pages and server actions
// directly: `cookies()` holds a real next-auth session token (encode with the test's NEXTAUTH_SECRET)
// for whoever the test signed in with signInAs, so the guard decodes it exactly as in production.
// Use: vi.mock("next/headers", () => import("../support/next-headers")) and import signInAs from here.
import { encode } from "next-auth/jwt";

let token: string | null = null;

/** Signs the next requests in as user `sub` at session version `sv` (null: signed out). */
export async function signInAs(claim: { sub: string; sv?: number } | null): Promise<string | null> {
  token = claim ? await encode({ token: { sub: claim.sub, sv: claim.sv ?? 0 }, secret: process.env.NEXTAUTH_SECRET! }) : null;
  return token;
}

/** Replays a token captured earlier (e.g. one from before a sign-out). */
export function useToken(value: string | null): void {
  token = value;
}

export async function cookies() {
  const all = token ? [{ name: "next-auth.session-token", value: token }] : [];
  return { getAll: () => all, get: (name: string) => all.find((c) => c.name === name) };
}

export async function headers() {
  return new Headers();
}
