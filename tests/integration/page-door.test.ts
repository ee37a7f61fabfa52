// Issue 20: a NUL byte in `q` on the search and plan pages reached PostgreSQL (error 22021, a 500).
// Pages read their address through the same door as the API (lib/http/page.ts): the value is left
// out and the page says so. Real pages, real session, real database.
import { isValidElement, type ReactNode } from "react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

process.env.NEXTAUTH_SECRET = "page-door-test-secret";
vi.mock("next/headers", () => import("../support/next-headers"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { signInAs } = await import("../support/next-headers");
const { prisma } = await import("@/lib/db/client");
const { default: SearchPage } = await import("@/app/(app)/search/page");
const { default: PlanPage } = await import("@/app/(app)/plan/page");
const { default: ComparePage } = await import("@/app/(app)/compare/page");
const { default: CreatorPage } = await import("@/app/(app)/creators/[id]/page");

const P = "itpagedoor";
const ORG = `${P}_org`;
const USER = `${P}_user`;
const BAD = ["a\u0000b", "\uD800x"];

/** Every props object in a rendered tree (server components are not run: their props are what they would get). */
function allProps(node: ReactNode, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) node.forEach((n) => allProps(n, out));
  else if (isValidElement(node)) {
    const props = node.props as Record<string, unknown>;
    out.push(props);
    allProps(props.children as ReactNode, out);
  }
  return out;
}
const hasBadText = (v: unknown) => JSON.stringify(v ?? null).match(/\\u0000|\\ud800/i) !== null;
const sp = (o: Record<string, string>) => Promise.resolve(o);

async function cleanup() {
  await prisma.organization.deleteMany({ where: { id: ORG } });
}
beforeAll(async () => {
  await cleanup();
  await prisma.organization.create({ data: { id: ORG, name: "Page door", slug: ORG, users: { create: { id: USER, email: `${P}@example.test`, passwordHash: "x", role: "AGENCY" } } } });
  await signInAs({ sub: USER });
});
afterAll(cleanup);

describe("pages refuse text PostgreSQL cannot store, at the door", () => {
  it.each(BAD)("search: q=%j never reaches the query, and the page says it was left out", async (q) => {
    const tree = await SearchPage({ searchParams: sp({ q, tier: "micro" }) });
    const props = allProps(tree);
    const queries = props.filter((p) => p.query !== undefined).map((p) => p.query as { q?: string; tier?: string[] });
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) {
      expect(hasBadText(query)).toBe(false);
      expect(query.tier).toEqual(["micro"]); // the rest of the address still counts
    }
    expect(props.some((p) => (p.refused as { message?: string } | null)?.message?.includes("left out"))).toBe(true);
  });

  it.each(BAD)("plan: q=%j is not sent to PostgreSQL (it threw 22021)", async (q) => {
    const tree = await PlanPage({ searchParams: sp({ budget: "5000", q }) });
    expect(hasBadText(allProps(tree).map((p) => p.params))).toBe(false);
  });

  it("compare: ids with a NUL byte are left out", async () => {
    const tree = await ComparePage({ searchParams: sp({ ids: "a\u0000,b" }) });
    expect(allProps(tree).some((p) => (p.refused as unknown) !== undefined && p.refused !== null)).toBe(true);
  });

  it("a creator's page with a NUL byte in its id is a 404, not a database error", async () => {
    const err = await CreatorPage({ params: Promise.resolve({ id: "x\u0000y" }), searchParams: sp({}) }).then(() => null, (e: unknown) => e);
    expect((err as { digest?: string } | null)?.digest).toMatch(/404/);
  });
});
