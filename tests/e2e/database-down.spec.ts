// Issue 20: the database down while people browse. A second Scout server (server.ts, as `npm start`
// runs it, on E2E_PORT+1) talks to a PostgreSQL cluster this spec owns, never the shared one; the
// spec stops it under a signed-in page and starts it again: the page answers 503 with Retry-After
// and says "Database unavailable, retrying", the API and /api/health answer 503, a sign-in names no
// host or port, and the open page comes back by itself once the database does, with no restart.
import { expect, test, type Page } from "@playwright/test";
import { startAppOnOwnCluster, type AppOnOwnCluster } from "../support/app-on-own-cluster";
import type { OwnCluster } from "../support/own-cluster";
import { snap } from "./helpers";

const APP_PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const BASE = `http://127.0.0.1:${APP_PORT}`;
const EMAIL = "down@example.test";
const PASSWORD = "down-password";

let app: AppOnOwnCluster;
let cluster: OwnCluster;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  app = await startAppOnOwnCluster({
    appPort: APP_PORT,
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
