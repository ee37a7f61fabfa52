// A campaign from a shortlist: start it, type one result, import another from a file, see the
// figures and the charts, show the report on the list's share link and open it signed out.
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect as baseExpect, test } from "@playwright/test";
import { signIn, snap, USERS } from "./helpers";

// Server actions and page loads on a busy shared machine: wait generously (no timing is asserted).
const expect = baseExpect.configure({ timeout: 60_000 });

test("an agency starts a campaign, records results two ways and shares the report", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const name = `E2E campaign ${Date.now().toString(36)}`;
  await signIn(page, USERS.agency);
  await page.goto("/campaigns");
  await expect(page.getByRole("heading", { name: /Campaigns · Acme Brands/ })).toBeVisible();
  // The demo ships a finished (synthetic) campaign.
  await expect(page.getByTestId("campaign-row").filter({ hasText: "synthetic" })).toHaveCount(1);
  await snap(page, "campaigns-index");

  const form = page.getByRole("form", { name: "Start a campaign" });
  await form.getByLabel("From the shortlist").selectOption("sl_acme_beauty");
  await form.getByLabel("Campaign name").fill(name);
  await form.getByLabel("Budget").fill("5000");
  await form.getByLabel("Starts").fill("2026-11-01");
  await form.getByLabel("Ends").fill("2026-11-30");
  await form.getByRole("button", { name: "Start campaign" }).click();
  await expect(page).toHaveURL(/\/campaigns\/[\w-]+$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByText("No results yet")).toBeVisible();
  const campaignUrl = page.url();

  const handles = (await page.getByRole("form", { name: "Type a result" }).getByLabel("Creator").locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).filter(Boolean);
  expect(handles.length).toBeGreaterThanOrEqual(2);

  // One result typed in: blank figures stay unknown.
  const typed = page.getByRole("form", { name: "Type a result" });
  await typed.getByLabel("Post URL").fill("https://www.instagram.com/p/e2etyped/");
  await typed.getByLabel("Creator").selectOption(handles[0]!);
  await typed.getByLabel("Date").fill("2026-11-03");
  await typed.locator('input[name="views"]').fill("3000");
  await typed.locator('input[name="likes"]').fill("120");
  await typed.locator('input[name="comments"]').fill("8");
  await typed.locator('input[name="caption"]').fill("Morning routine #ad");
  await typed.getByRole("button", { name: "Save result" }).click();
  await expect(typed.getByRole("status")).toContainText("Saved the post.", { timeout: 45_000 });
  await expect(page.getByTestId("post-row")).toHaveCount(1);

  // Another imported from a file: preview first, then import.
  const file = path.join(tmpdir(), `scout-e2e-results-${Date.now()}.csv`);
  await writeFile(file, `Post URL,Creator,Date,Views,Likes,Comments,Shares,Caption\nhttps://www.instagram.com/p/e2efile/,${handles[1]},2026-11-08,12.4K,900,40,25,New serum day\n`);
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("results-preview")).toContainText("1 new and 0 updated posts", { timeout: 45_000 });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText(/Imported 1 new and updated 0 posts/)).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId("post-row")).toHaveCount(2);

  // Figures with their formulas, the missing disclosure, and both charts with their table views.
  await expect(page.locator('[data-figure="engagements"]')).toContainText("1,093"); // 120 + 8 + 900 + 40 + 25
  await expect(page.locator('[data-figure="views"]')).toContainText("15.4K");
  await expect(page.locator('[data-figure="cpe"]')).toContainText("Σ fees ÷ Σ engagements");
  await expect(page.getByTestId("disclosure-alert")).toContainText("1 sponsored post has no disclosure");
  await expect(page.getByTestId("chart-timeline").locator("svg.recharts-surface[role=application]")).toBeVisible();
  await expect(page.getByTestId("chart-creators").locator("svg.recharts-surface[role=application]")).toBeVisible();
  await page.getByTestId("chart-creators").getByText("Table view").click();
  await expect(page.getByTestId("chart-creators").getByRole("table")).toContainText(`@${handles[1]}`);
  await snap(page, "campaign-report");

  const csv = await page.request.get(`${campaignUrl.replace(/\/campaigns\//, "/api/campaigns/")}/export?format=csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("https://www.instagram.com/p/e2efile/");

  // Show the report on the list's share links, make a link, open it signed out.
  await page.getByRole("button", { name: "Show this report on the list's share links" }).click();
  await expect(page.getByText("The report now shows on the list's share links.")).toBeVisible({ timeout: 45_000 });
  await page.getByRole("link", { name: "the source list" }).click();
  await expect(page).toHaveURL(/\/shortlists\//);
  await page.getByRole("button", { name: "Create share link" }).click();
  const shareUrl = await page.getByLabel("Share link URL").inputValue();
  const client = await (await browser.newContext()).newPage();
  await client.goto(shareUrl);
  const shared = client.getByTestId("shared-campaign").filter({ hasText: name });
  await expect(shared).toBeVisible();
  await expect(shared.locator('[data-figure="engagements"]')).toContainText("1,093");
  await expect(shared.getByTestId("chart-timeline").locator("svg.recharts-surface[role=application]")).toBeVisible();
  await snap(client, "campaign-shared");

  // Another organisation: 404 on the page and the API.
  const nw = await (await browser.newContext()).newPage();
  await signIn(nw, USERS.otherOrgAgency);
  expect((await nw.goto(campaignUrl))!.status()).toBe(404);
  expect((await nw.request.get(campaignUrl.replace(/\/campaigns\//, "/api/campaigns/"))).status()).toBe(404);
});
