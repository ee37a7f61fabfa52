// Issue 20: the database down while people browse. A second Scout server (server.ts, as `npm start`
// runs it, on E2E_PORT+1) talks to a PostgreSQL cluster this spec owns, never the shared one; the
// spec stops it under a signed-in page and starts it again: the page answers 503 with Retry-After
// and says "Database unavailable, retrying", the API and /api/health answer 503, a sign-in names no
// host or port, and the open page comes back by itself once the database does, with no restart.
import { spawn, type ChildProcess } from "node:child_process";
import bcrypt from "bcryptjs";
import pg from "pg";
import { expect, test, type Page } from "@playwright/test";
import { applyMigrations } from "../../lib/db/schema-engine";
import { createOwnCluster, freePort, type OwnCluster } from "../support/own-cluster";
import { snap } from "./helpers";

const APP_PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const BASE = `http://127.0.0.1:${APP_PORT}`;
const DB = "scout_e2e_faults_down";
const EMAIL = "down@example.test";
const PASSWORD = "down-password";

let cluster: OwnCluster;
let server: ChildProcess;
let serverLog = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  cluster = createOwnCluster(await freePort(5450, 5459));
  const admin = new pg.Client({ connectionString: cluster.url() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${DB}`);
  await admin.end();
  await applyMigrations(cluster.url(DB));
  const db = new pg.Client({ connectionString: cluster.url(DB) });
  await db.connect();
  await db.query(`INSERT INTO "Organization" (id, name, slug) VALUES ('org_down', 'Down Ltd', 'down')`);
  await db.query(`INSERT INTO "User" (id, email, name, "passwordHash", role, "organizationId") VALUES ('user_down', $1, 'Dana Down', $2, 'AGENCY', 'org_down')`, [EMAIL, await bcrypt.hash(PASSWORD, 4)]);
  await db.end();
  server = spawn(process.execPath, ["--import", "tsx", "server.ts", "-p", String(APP_PORT), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: cluster.url(DB),
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e",
      NEXTAUTH_SECRET: "e2e-down-secret",
      NEXTAUTH_URL: BASE,
      NEXT_TELEMETRY_DISABLED: "1",
      SCOUT_IMPORT_WORKER: "off",
    },
  });
  server.stdout!.on("data", (c: Buffer) => (serverLog += c.toString()));
  server.stderr!.on("data", (c: Buffer) => (serverLog += c.toString()));
  await expect.poll(() => serverLog, { timeout: 120_000 }).toContain("Scout listening");
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  }
  cluster?.destroy();
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
