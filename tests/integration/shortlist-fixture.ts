// Shared by the shortlist integration tests: two organisations, their users, creators, and a way to
// call route handlers with a real session cookie (next-auth's encode, as in production).
import { NextRequest } from "next/server";
import type { SessionUser } from "@/lib/auth/roles";

export const session: { user: SessionUser | null } = { user: null };

/** For vi.mock("next/headers", async () => (await import("./shortlist-fixture")).mockHeaders()): the cookie holds session.user. */
export async function mockHeaders() {
  const { encode } = await import("next-auth/jwt");
  return {
    cookies: async () => {
      const u = session.user;
      const value = u ? await encode({ token: { sub: u.id, scout: u }, secret: process.env.NEXTAUTH_SECRET! }) : null;
      return { getAll: () => (value ? [{ name: "next-auth.session-token", value }] : []) };
    },
  };
}

export function users(P: string) {
  const mk = (suffix: string, org: string, role: SessionUser["role"]): SessionUser => ({
    id: `${P}_u${suffix}`, email: `${P}${suffix}@example.test`, name: `User ${suffix}`, role, organizationId: org, organizationName: org,
  });
  return { agencyA: mk("aa", `${P}_org_a`, "AGENCY"), marketerA: mk("ma", `${P}_org_a`, "MARKETER"), agencyB: mk("ab", `${P}_org_b`, "AGENCY") };
}

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a route handler as a same-origin browser would. */
export async function call(handler: Handler, method: string, path: string, params: Record<string, string>, body?: unknown) {
  const init: ConstructorParameters<typeof NextRequest>[1] = { method, headers: { origin: "http://localhost" } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { ...init.headers, "content-type": "application/json" };
  }
  const res = await handler(new NextRequest(new URL(path, "http://localhost"), init), { params: Promise.resolve(params) });
  return res;
}

export async function json(res: Response) {
  return res.json() as Promise<Record<string, unknown> & { error?: { code: string; message: string } }>;
}
