// Shared by the shortlist integration tests: the users of two organisations, and a way to call
// route handlers as a same-origin browser with a real session (tests/support/next-headers).
import { NextRequest } from "next/server";
import type { SessionUser } from "@/lib/auth/roles";

/** Signs the next requests in as this user (null: signed out), through tests/support/next-headers. */
export async function as(user: SessionUser | null) {
  const { signInAs } = await import("../support/next-headers");
  await signInAs(user ? { sub: user.id } : null);
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
