// Sessions are re-checked against the database on every request: the token names a user and a
// session version, and the user's row decides the rest. Route handlers, pages and actions are called
// as Next.js calls them, with a real next-auth token in the cookie (tests/support/next-headers.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

process.env.NEXTAUTH_SECRET = "session-test-secret";
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";
vi.mock("next/headers", () => import("../support/next-headers"));

const { signInAs, useToken } = await import("../support/next-headers");
const { prisma } = await import("@/lib/db/client");
const { authOptions } = await import("@/lib/auth/options");
const { getSessionUser } = await import("@/lib/auth/guard");
const { GET: getImport } = await import("@/app/api/admin/imports/[id]/route");
const { GET: listShortlists } = await import("@/app/api/shortlists/route");
const { default: AdminPage } = await import("@/app/(app)/admin/page");
const { updateTierThresholds } = await import("@/app/(app)/admin/actions");

const P = "itsess";
const ORG_A = `${P}_org_a`;
const ORG_B = `${P}_org_b`;
const ADMIN = `${P}_admin`;
const noParams = { params: Promise.resolve({}) };
const req = (path: string) => new NextRequest(new URL(path, "http://localhost"));
const importCall = () => getImport(req(`/api/admin/imports/${P}_job`), { params: Promise.resolve({ id: `${P}_job` }) });
const thresholds = { microMin: 10_000, microMax: 50_000, macroMin: 500_000, macroMax: 1_000_000 };

async function cleanup() {
  await prisma.importJob.deleteMany({ where: { id: { startsWith: P } } });
  await prisma.organization.deleteMany({ where: { id: { startsWith: P } } });
}

beforeAll(async () => {
  await cleanup();
  await prisma.organization.create({ data: { id: ORG_A, name: "Sess A", slug: ORG_A } });
  await prisma.organization.create({ data: { id: ORG_B, name: "Sess B", slug: ORG_B } });
  await prisma.shortlist.create({ data: { id: `${P}_sl_b`, organizationId: ORG_B, name: "Only in B" } });
  await prisma.importJob.create({ data: { id: `${P}_job`, fileName: "x.csv", fileHash: "h", fileSize: 1n, format: "csv", status: "completed", createdByLabel: "test" } });
});
afterAll(cleanup);

async function freshAdmin() {
  await prisma.user.deleteMany({ where: { id: ADMIN } });
  await prisma.user.create({ data: { id: ADMIN, email: `${P}@example.test`, name: "Ada", passwordHash: "x", role: "ADMIN", organizationId: ORG_A } });
}

describe("a session re-checked on every request", () => {
  it("keeps only the user id and the session version in the token", async () => {
    await freshAdmin();
    const jwt = authOptions.callbacks!.jwt!;
    const user = { id: ADMIN, email: "ignored@example.test", role: "ADMIN", organizationId: "not-this" };
    const token = await jwt({ token: { sub: ADMIN, name: "Ada", email: `${P}@example.test` }, user, trigger: "signIn" } as unknown as Parameters<typeof jwt>[0]);
    expect(token).toEqual({ sub: ADMIN, sv: 0 });
  });

  it("a token replayed after sign-out gets 401 (route), a redirect to the login page (page) and an error (action)", async () => {
    await freshAdmin();
    const token = await signInAs({ sub: ADMIN, sv: 0 });
    expect((await importCall()).status).toBe(200);
    // What next-auth runs on POST /api/auth/signout, with the decoded cookie.
    await authOptions.events!.signOut!({ token: { sub: ADMIN, sv: 0 } } as never);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: ADMIN } })).sessionVersion).toBe(1);
    useToken(token);
    const res = await importCall();
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("unauthenticated");
    await expect(AdminPage()).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;replace;\/login/) });
    expect(await updateTierThresholds(undefined, thresholds)).toMatchObject({ status: 401 });
    // Signing in again issues a token at the new version, which works.
    await signInAs({ sub: ADMIN, sv: 1 });
    expect((await importCall()).status).toBe(200);
  });

  it("a replayed, already revoked token cannot sign the user out of their newer sessions", async () => {
    await freshAdmin();
    await authOptions.events!.signOut!({ token: { sub: ADMIN, sv: 0 } } as never);
    await authOptions.events!.signOut!({ token: { sub: ADMIN, sv: 0 } } as never);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: ADMIN } })).sessionVersion).toBe(1);
  });

  it("a demoted ADMIN gets 403 from the admin API on the very next request, and the MARKETER role everywhere", async () => {
    await freshAdmin();
    await signInAs({ sub: ADMIN, sv: 0 });
    expect((await importCall()).status).toBe(200);
    await prisma.user.update({ where: { id: ADMIN }, data: { role: "MARKETER" } });
    const res = await importCall();
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toContain("you are MARKETER");
    await expect(AdminPage()).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
    expect(await updateTierThresholds(undefined, thresholds)).toMatchObject({ status: 403 });
    expect(await getSessionUser()).toMatchObject({ id: ADMIN, role: "MARKETER" });
  });

  it("a user moved to another organisation sees the new organisation's records on the next request", async () => {
    await freshAdmin();
    await signInAs({ sub: ADMIN, sv: 0 });
    const before = await (await listShortlists(req("/api/shortlists"), noParams)).json();
    expect(before.items.map((l: { name: string }) => l.name)).not.toContain("Only in B");
    await prisma.user.update({ where: { id: ADMIN }, data: { organizationId: ORG_B } });
    const after = await (await listShortlists(req("/api/shortlists"), noParams)).json();
    expect(after.items.map((l: { name: string }) => l.name)).toEqual(["Only in B"]);
    expect(await getSessionUser()).toMatchObject({ organizationId: ORG_B, organizationName: "Sess B" });
  });

  it("a deleted user gets 401 with a token that has not expired", async () => {
    await freshAdmin();
    await signInAs({ sub: ADMIN, sv: 0 });
    expect((await importCall()).status).toBe(200);
    await prisma.user.delete({ where: { id: ADMIN } });
    expect((await importCall()).status).toBe(401);
    expect(await getSessionUser()).toBeNull();
  });

  it("a token from before this change (role in the token, no version) is refused: sign in again", async () => {
    await freshAdmin();
    const { encode } = await import("next-auth/jwt");
    const old = await encode({ token: { sub: ADMIN, scout: { id: ADMIN, role: "ADMIN", organizationId: ORG_A } }, secret: process.env.NEXTAUTH_SECRET! });
    useToken(old);
    expect((await importCall()).status).toBe(401);
  });
});
