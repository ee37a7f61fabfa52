// Issue 20, INFO findings on client links: the link was built from the request's Host (a request
// through an internal name, or with a forged Host, minted links to it), and an archived list could
// be shared. Through the real route, a real session and PostgreSQL.
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { as, users } from "./shortlist-fixture";

process.env.NEXTAUTH_SECRET = "share-link-url-test-secret";
vi.mock("next/headers", () => import("../support/next-headers"));

const { prisma } = await import("@/lib/db/client");
const shareLinks = await import("@/app/api/shortlists/[id]/share-links/route");

const P = "itshareurl";
const U = users(P);
const LIST = `${P}_list`;
const ARCHIVED = `${P}_archived`;

/** A POST as a browser on the public site, reaching the app under another Host (a proxy's internal name). */
function create(list: string, host: string, origin: string) {
  const req = new NextRequest(new URL(`http://${host}/api/shortlists/${list}/share-links`), {
    method: "POST",
    headers: { origin, host, "content-type": "application/json" },
    body: JSON.stringify({ days: 5 }),
  });
  return shareLinks.POST(req, { params: Promise.resolve({ id: list }) });
}

async function cleanup() {
  await prisma.organization.deleteMany({ where: { id: { startsWith: P } } });
}
beforeAll(async () => {
  await cleanup();
  await prisma.organization.create({ data: { id: `${P}_org_a`, name: "A", slug: `${P}_a` } });
  await prisma.user.create({ data: { id: U.agencyA.id, email: U.agencyA.email, role: "AGENCY", organizationId: `${P}_org_a`, passwordHash: "x" } });
  await prisma.shortlist.create({ data: { id: LIST, organizationId: `${P}_org_a`, name: "Live", createdById: U.agencyA.id } });
  await prisma.shortlist.create({ data: { id: ARCHIVED, organizationId: `${P}_org_a`, name: "Done", createdById: U.agencyA.id, archivedAt: new Date() } });
  await as(U.agencyA);
});
afterEach(() => {
  delete process.env.NEXTAUTH_URL;
});
afterAll(cleanup);

describe("client share links", () => {
  it("are built on NEXTAUTH_URL, whatever Host the request came through", async () => {
    // http: an https URL makes the session cookie __Secure-prefixed, which the test cookie jar is not.
    process.env.NEXTAUTH_URL = "http://scout.example";
    const res = await create(LIST, "10.0.0.7:3000", "http://scout.example");
    expect(res.status).toBe(201);
    const { url, token } = (await res.json()) as { url: string; token: string };
    expect(url).toBe(`http://scout.example/share/${token}`);
  });

  it("without NEXTAUTH_URL (development), on the request's own origin", async () => {
    const res = await create(LIST, "localhost:3000", "http://localhost:3000");
    const { url, token } = (await res.json()) as { url: string; token: string };
    expect(url).toBe(`http://localhost:3000/share/${token}`);
  });

  it("cannot be made for an archived list: 409 with what to do, and no link stored", async () => {
    const res = await create(ARCHIVED, "localhost:3000", "http://localhost:3000");
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/archived.*Restore/i);
    expect(await prisma.shareLink.count({ where: { shortlistId: ARCHIVED } })).toBe(0);
  });
});
