// A creator known only by its followers (as in a catalog without engagement columns): the search
// table marks how much of its score rests on data, the profile says what is missing and what it
// counted as, and its authenticity reads unknown, not 100.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { signIn, snap, USERS } from "./helpers";

const ID = "e2e_score_bare";
const HANDLE = "e2ebarefollowers";

async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  await sql(`DELETE FROM "Creator" WHERE id = $1`, [ID]);
  // Written as an import without engagement columns writes it: followers, price estimate, no scores.
  await sql(
    `INSERT INTO "Creator" (id, platform, handle, "displayName", niches, followers, tier, "priceLow", "priceHigh", "metricsAsOf", "updatedAt")
     VALUES ($1, 'instagram', $2, 'Bare Followers', ARRAY['beauty'], 42000, 'micro', 100, 500, now(), now())`,
    [ID, HANDLE],
  );
});
test.afterAll(async () => {
  await sql(`DELETE FROM "Creator" WHERE id = $1`, [ID]);
});

test("a creator without engagement data shows its score's confidence and what is missing", async ({ page }) => {
  await signIn(page, USERS.marketer);
  await page.goto(`/search?q=${HANDLE}`);
  const row = page.getByTestId("result-row").filter({ hasText: `@${HANDLE}` });
  await expect(row).toHaveCount(1);
  const mark = row.getByTestId("score-confidence");
  await expect(mark).toHaveText(/0%/);
  await expect(mark).toHaveAttribute("title", /No engagement data: counted at 50/);
  const score = Number(await row.getByTestId("score-value").textContent());
  expect(score).toBeGreaterThan(0);
  expect(score).toBeLessThan(100);

  // Complete creators carry no marker: the seed's creators all have engagement data.
  await page.goto("/search?pageSize=10");
  await expect(page.getByTestId("result-row")).toHaveCount(10);
  await expect(page.getByTestId("score-confidence")).toHaveCount(0);
  await snap(page, "search-score-confidence-complete");
  await page.goto(`/search?q=${HANDLE.slice(0, 7)}&pageSize=10`);
  await snap(page, "search-score-confidence");

  await page.goto(`/creators/${ID}`);
  const text = page.getByTestId("score-confidence-text");
  await expect(text).toContainText("Confidence 0%");
  await expect(text).toContainText("No engagement data: counted at 50");
  await expect(text).toContainText("No authenticity signal");
  await expect(page.getByText("Authenticity unknown")).toBeVisible();
  await expect(page.getByText("unknown · prior 50").first()).toBeVisible();
  await expect(page.getByTestId("score-formula")).toContainText("(prior)");
  await snap(page, "creator-profile-missing-data");
});
