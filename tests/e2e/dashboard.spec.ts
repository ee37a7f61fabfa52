// The dashboard with the seeded catalog: its charts and tables carry real numbers, the micro and
// macro medians on the page are those PostgreSQL computes directly, and the alerts badge counts
// unread alerts and clears when they are read.
import { expect, test } from "@playwright/test";
import { withDb } from "../support/e2e-db";
import { signIn, snap, USERS } from "./helpers";

/** The median engagement rate of a platform's tier, written independently of the app: plausible, known rates only. */
const MEDIAN_SQL = `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY "engagementRate") AS m, count(*)::int AS n
  FROM "Creator" WHERE platform = $1 AND tier = $2 AND "engagementRate" IS NOT NULL AND "engagementRate" <= 1 AND "engagementRankable"`;
const percent = (x: number) => `${(x * 100).toFixed(2)}%`;

test.describe.configure({ timeout: 180_000 }); // a busy machine: several page loads each

test("the dashboard shows the seeded catalog's numbers, and its micro and macro medians equal PostgreSQL's", async ({ page }) => {
  await signIn(page, USERS.agency);
  // The first page after sign-in.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: /Dashboard · Acme Brands/ })).toBeVisible();
  await expect(page.getByTestId("summary-age")).toContainText("1,500 creators");

  // Creators per platform and tier: the chart is drawn (bars), and its table adds up to the catalog.
  const platformTier = page.getByTestId("chart-platform-tier");
  await expect(platformTier.getByTestId("chart-n")).toHaveText("n = 1,500 creators");
  await expect(platformTier.locator(".recharts-bar-rectangle").first()).toBeVisible();
  const totals = await page.getByTestId("table-platform-tier").locator("tbody tr td:last-child").allTextContents();
  expect(totals.reduce((a, t) => a + Number(t.replace(/,/g, "")), 0)).toBe(1500);
  const instagramRow = await withDb(async (c) => (await c.query(`SELECT count(*)::int AS n FROM "Creator" WHERE platform = 'instagram'`)).rows[0].n as number);
  // The platform as its owner writes it ("Instagram", never the id "instagram"; exact is case-sensitive).
  const instagram = page.getByTestId("table-platform-tier").locator("tr").filter({ has: page.getByRole("cell", { name: "Instagram", exact: true }) });
  await expect(instagram.locator("td").last()).toHaveText(instagramRow.toLocaleString("en-US"));
  await expect(page.getByTestId("mm-instagram").getByText("Instagram: engagement rate by tier", { exact: true })).toBeVisible();

  // Micro against macro on Instagram: the page's medians are PostgreSQL's.
  for (const tier of ["micro", "macro"] as const) {
    const { m, n } = await withDb(async (c) => (await c.query(MEDIAN_SQL, ["instagram", tier])).rows[0] as { m: number; n: number });
    expect(n).toBeGreaterThanOrEqual(30);
    await expect(page.getByTestId(`median-er-instagram-${tier}`)).toHaveText(percent(m));
  }
  const mm = page.getByTestId("mm-instagram");
  await expect(mm.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByTestId("claim-engagement-instagram")).toContainText(/Micro (does not engage|engages) more here: median \d+\.\d\d%/);
  // A small group is left out, and the page says so (TikTok's 25 macro creators in the seed of 1,500).
  const tiktokMacro = await withDb(async (c) => (await c.query(MEDIAN_SQL, ["tiktok", "macro"])).rows[0].n as number);
  if (tiktokMacro < 30) await expect(page.getByTestId("mm-tiktok").getByTestId("omitted")).toContainText(`Macro (${tiktokMacro})`);

  await expect(page.getByTestId("chart-freshness")).toContainText("Older than 30 days");
  await snap(page, "dashboard");
});

test("the alerts badge counts unread alerts and clears when they are read", async ({ page }) => {
  // Two alerts for Acme's demo list, as the background job stores them.
  const ids = await withDb(async (c) => {
    const { rows } = await c.query<{ shortlistId: string; creatorId: string }>(
      `SELECT i."shortlistId", i."creatorId" FROM "ShortlistItem" i JOIN "Shortlist" l ON l.id = i."shortlistId"
        WHERE l."organizationId" = 'org_acme' AND l."archivedAt" IS NULL ORDER BY i.id LIMIT 2`,
    );
    await c.query(`DELETE FROM "Alert" WHERE "organizationId" = 'org_acme'`);
    const tag = Date.now().toString(36);
    for (const [k, r] of rows.entries()) {
      await c.query(
        `INSERT INTO "Alert" (id, "organizationId", "shortlistId", "creatorId", kind, "dedupeKey", detail) VALUES ($1, 'org_acme', $2, $3, $4, $5, $6)`,
        [`e2e${tag}${k}`, r.shortlistId, r.creatorId, k ? "stale" : "tier_drift", `e2e-${tag}`, k ? { metricsAsOf: "2026-01-01T00:00:00.000Z", ageDays: 120, staleDays: 90 } : { tier: "micro", followers: 46000, upperBound: 50000, shareOfBound: 0.92 }],
      );
    }
    return rows;
  });
  expect(ids).toHaveLength(2);
  await signIn(page, USERS.marketer);
  await expect(page.getByRole("heading", { name: /Dashboard · Acme Brands/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("alerts-badge")).toHaveText("2");
  await page.getByRole("link", { name: "Alerts 2 unread" }).click();
  await expect(page.getByRole("heading", { name: /Alerts · Acme Brands/ })).toBeVisible();
  await expect(page.getByTestId("alert-row")).toHaveCount(2);
  await expect(page.getByText("46,000 followers, 92% of the Micro upper bound (50,000): leaning out of micro")).toBeVisible();
  await snap(page, "alerts");

  await page.getByTestId("mark-all-read").click();
  await expect(page.getByTestId("alerts-badge")).toHaveCount(0);
  await expect(page.locator('[data-testid="alert-row"][data-read="false"]')).toHaveCount(0);
  await page.goto("/alerts?status=unread");
  await expect(page.getByTestId("alerts-empty")).toContainText("No alert matches these filters.");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  // The other organisation sees neither.
  await signIn(page, USERS.otherOrgAgency);
  // The sign-in lands on the dashboard: let that navigation settle before the next.
  await expect(page.getByRole("heading", { name: /Dashboard · Northwind Agency/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("alerts-badge")).toHaveCount(0);
  await page.goto("/alerts");
  await expect(page.getByTestId("alert-row")).toHaveCount(0);
});
