// Issue 20: with the database down, pages answered 500 without their error text, the API a 500
// "Something went wrong", a sign-in showed the database's host and port, and there was no health
// endpoint. Here the app's pool points at a PostgreSQL cluster this test owns (never the shared
// one), which it stops and starts: the health endpoint, the API, sign-in, a page and a server action
// answer "unavailable" (503 + Retry-After, no host or port), then work again with no restart.
import PgBoss from "pg-boss";
import pg from "pg";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { applyMigrations } from "@/lib/db/schema-engine";
import { createOwnCluster, freePort, type OwnCluster } from "../support/own-cluster";

process.env.NEXTAUTH_SECRET = "database-down-test-secret";
vi.mock("next/headers", () => import("../support/next-headers"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const P = "itdown";
const DB = "scout_faults_down";
// The cluster must exist before the app's pool is made (lib/db/client reads DATABASE_URL once).
const port = await freePort(5450, 5459);
const cluster: OwnCluster = createOwnCluster(port);
{
  const admin = new pg.Client({ connectionString: cluster.url() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${DB}`);
  await admin.end();
  await applyMigrations(cluster.url(DB));
  // pg-boss makes its tables at its first start, as the app's worker does.
  const boss = new PgBoss({ connectionString: cluster.url(DB), max: 1 });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
}
process.env.DATABASE_URL = cluster.url(DB);

const { pool, prisma } = await import("@/lib/db/client");
const { signInAs } = await import("../support/next-headers");
const { GET: health } = await import("@/app/api/health/route");
const { GET: listCreators } = await import("@/app/api/creators/route");
const { default: SearchPage } = await import("@/app/(app)/search/page");
const { createShortlistAction } = await import("@/app/(app)/shortlists/actions");
const { authOptions, UNAVAILABLE_ERROR } = await import("@/lib/auth/options");
const { DB_UNAVAILABLE_DIGEST } = await import("@/lib/server/db-unavailable");
const { withRequestFaults } = await import("@/lib/server/request-faults");

type Authorize = (creds: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

const noParams = { params: Promise.resolve({}) };
const get = (p: string) => new NextRequest(new URL(p, "http://localhost"));
const leaks = (text: string) => text.includes(String(port)) || /127\.0\.0\.1|ECONN|stack|\bat .+\.(ts|js):\d+/.test(text);

beforeAll(async () => {
  expect((pool as unknown as { options: { connectionString: string } }).options.connectionString).toBe(cluster.url(DB));
  await prisma.organization.create({ data: { id: `${P}_org`, name: "Down", slug: P, users: { create: { id: `${P}_user`, email: `${P}@example.test`, passwordHash: "x", role: "ADMIN" } } } });
  await signInAs({ sub: `${P}_user` });
});
afterAll(async () => {
  await pool.end().catch(() => undefined);
  cluster?.destroy();
});

describe("the database down, and back", () => {
  it("health: 200 with the database's and the queue's state while both answer, and no secrets", async () => {
    const res = await health(get("/api/health"), noParams);
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ status: "ok", database: { status: "up" }, queue: { status: "up", queued: 0, active: 0 } });
    expect(leaks(text)).toBe(false);
    expect(text).not.toMatch(/postgres(ql)?:|password|secret/i);
  });

  it("while it is down: health, API, sign-in, pages and actions say so (503 + Retry-After), naming nothing", async () => {
    cluster.stop();

    const h = await health(get("/api/health"), noParams);
    const hText = await h.text();
    expect(h.status).toBe(503);
    expect(Number(h.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(JSON.parse(hText)).toMatchObject({ status: "unavailable", database: { status: "down", reason: "unreachable" }, queue: { status: "down" } });
    expect(leaks(hText)).toBe(false);

    const api = await listCreators(get("/api/creators?q=anna"), noParams);
    const apiText = await api.text();
    expect(api.status).toBe(503);
    expect(Number(api.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(JSON.parse(apiText).error.code).toBe("service_unavailable");
    expect(leaks(apiText)).toBe(false);

    const signIn = await authorize({ email: `${P}@example.test`, password: "x" }, { headers: {} }).then(() => null, (e: Error) => e);
    expect(signIn?.message).toBe(UNAVAILABLE_ERROR);

    // A page: the error its boundary gets says "database unavailable" (the digest), and the request
    // is marked so server.ts answers it 503.
    const page = await withRequestFaults(async (faults) => {
      const err = await SearchPage({ searchParams: Promise.resolve({}) }).then(() => null, (e: unknown) => e);
      return { err: err as { digest?: string; message?: string } | null, marked: faults.databaseUnavailable };
    });
    expect(page.err?.digest).toBe(DB_UNAVAILABLE_DIGEST);
    expect(leaks(page.err?.message ?? "")).toBe(false);
    expect(page.marked).toBe(true);

    const form = new FormData();
    form.set("name", "While down");
    const action = await createShortlistAction(undefined, form);
    expect(action.status).toBe(503);
    expect(leaks(action.error ?? "")).toBe(false);
  });

  it("when it is back, the same process answers again: no restart", async () => {
    cluster.start();
    const h = await health(get("/api/health"), noParams);
    expect(h.status).toBe(200);
    const api = await listCreators(get("/api/creators"), noParams);
    expect(api.status).toBe(200);
  });
});
