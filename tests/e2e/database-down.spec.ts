// Issue 20: the database down while people browse. A second Scout server (server.ts, as `npm start`
// runs it, on E2E_DOWN_PORT: see downPort below) talks to a PostgreSQL cluster this spec owns, never the shared one; the
// spec stops it under a signed-in page and starts it again: the page answers 503 with Retry-After
// and says "Database unavailable, retrying", the API and /api/health answer 503, a sign-in names no
// host or port, and the open page comes back by itself once the database does, with no restart.
import { expect, test, type Page } from "@playwright/test";
import { startAppOnOwnCluster, type AppOnOwnCluster } from "../support/app-on-own-cluster";
import { freePort, type OwnCluster } from "../support/own-cluster";
import { snap } from "./helpers";

/**
 * The second server's port: E2E_DOWN_PORT, or a port free at run time in 4700-4799, never E2E_PORT
 * or E2E_PORT+1 (another run's main server, or the port this spec used to take), so two runs on one
 * machine do not collide.
 */
async function downPort(): Promise<number> {
  if (process.env.E2E_DOWN_PORT) return Number(process.env.E2E_DOWN_PORT);
  const main = Number(process.env.E2E_PORT ?? 3100);
  for (let from = 4700; from <= 4799; from++) {
    const port = await freePort(from, 4799);
    if (port !== main && port !== main + 1) return port;
    from = port;
  }
  throw new Error("No free port in 4700-4799 for the database-down server: set E2E_DOWN_PORT");
}
let BASE: string;
const EMAIL = "down@example.test";
const PASSWORD = "down-password";

let app: AppOnOwnCluster;
let cluster: OwnCluster;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const appPort = await downPort();
  BASE = `http://127.0.0.1:${appPort}`;
  app = await startAppOnOwnCluster({
    appPort,
    db: "scout_e2e_faults_down",
    user: { id: "user_down", email: EMAIL, name: "Dana Down", password: PASSWORD, role: "AGENCY", org: { id: "org_down", name: "Down Ltd", slug: "down" } },
    env: { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e", NEXTAUTH_SECRET: "e2e-down-secret" },
  });
  cluster = app.cluster;
});

test.afterAll(async () => {
  await app?.stop();
});

async function signIn(page: Page) {
  await page.goto(`${BASE}/login`);
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toContainText(EMAIL, { timeout: 60_000 }); // the first page of a fresh server, on a busy machine
}

const leaks = (text: string, port: number) => text.includes(`:${port}`) || /127\.0\.0\.1:\d|ECONNREFUSED|\bat .+\.(ts|js):\d+/.test(text);

test("a page, the API and the health endpoint say 503 while the database is down; the page comes back by itself", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page);
  await page.goto(`${BASE}/search`);
  await expect(page.getByRole("heading", { name: "Find creators" })).toBeVisible({ timeout: 60_000 });
  expect((await page.request.get(`${BASE}/api/health`)).status()).toBe(200);

  cluster.stop();
  const res = await page.goto(`${BASE}/search`);
  expect(res!.status()).toBe(503);
  expect(res!.headers()["retry-after"]).toBe("5");
  await expect(page.getByTestId("db-unavailable")).toContainText("Database unavailable, retrying");
  expect(leaks(await page.content(), cluster.port)).toBe(false);
  await snap(page, "database-unavailable");

  const api = await page.request.get(`${BASE}/api/creators`);
  expect(api.status()).toBe(503);
  expect(api.headers()["retry-after"]).toBe("5");
  expect(leaks(await api.text(), cluster.port)).toBe(false);
  const health = await page.request.get(`${BASE}/api/health`);
  expect(health.status()).toBe(503);
  expect(await health.json()).toMatchObject({ database: { status: "down" } });

  cluster.start();
  // No reload, no restart: the page checks /api/health and loads itself again.
  await expect(page.getByRole("heading", { name: "Find creators" })).toBeVisible({ timeout: 90_000 });
  expect((await page.request.get(`${BASE}/api/health`)).status()).toBe(200);
});

test("a sign-in while the database is down says so and names no host or port", async ({ page }) => {
  await page.goto(`${BASE}/login`);
  cluster.stop();
  try {
    await page.getByLabel("Email").fill(EMAIL);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form [role=alert]")).toContainText("cannot reach its database", { timeout: 30_000 });
    expect(leaks(await page.content(), cluster.port)).toBe(false);
    await snap(page, "sign-in-database-unavailable");
  } finally {
    cluster.start();
  }
});

test("a client's share link while the database is down: the 503 page", async ({ page }) => {
  cluster.stop();
  try {
    const res = await page.goto(`${BASE}/share/${"x".repeat(43)}`);
    expect(res!.status()).toBe(503);
    await expect(page.getByTestId("db-unavailable")).toBeVisible();
  } finally {
    cluster.start();
  }
});
