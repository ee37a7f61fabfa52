// From /plan to a campaign and back: the planner says how much more data its calibration needs,
// "Start a campaign" on an option books it and lands on its report; a fee edited after launch is
// refused when negative, then recorded old -> new and the costs recomputed; and an admin imports the
// campaign's results through the import wizard's "campaign results" kind. Screenshots at 1366 and 390 px.
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { signIn, snap, USERS } from "./helpers";

const expect = baseExpect.configure({ timeout: 60_000 });

async function snapBoth(page: Page, name: string) {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await snap(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("start a campaign from a plan option, edit a fee, import its results through the wizard", async ({ page }) => {
  test.setTimeout(300_000);
  const name = `Plan cmp ${Date.now().toString(36)}`;
  await signIn(page, USERS.agency);
  await page.goto("/plan?budget=5000&goal=engagements");
  // The demo has one campaign: the planner uses the benchmarks and says what calibrating needs.
  await expect(page.getByTestId("calibration-status")).toContainText("Not enough of your own results to calibrate yet");
  await expect(page.getByTestId("calibration-status")).toContainText(/needs .*more campaigns?/);
  await expect(page.getByTestId("plan-summary")).toContainText("Engagements from the published benchmarks.");
  await snapBoth(page, "plan-start-campaign");

  const micro = page.getByTestId("option-micro");
  const count = Number(await micro.getByTestId("creators").textContent());
  expect(count).toBeGreaterThan(0);
  await micro.getByLabel("Campaign name").fill(name);
  await micro.getByLabel("Starts").fill("2026-12-07");
  await micro.getByRole("button", { name: "Start a campaign" }).click();
  await expect(page).toHaveURL(/\/campaigns\/[\w-]+$/, { timeout: 45_000 });
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByText("(a planner option)")).toBeVisible();
  await expect(page.getByTestId("deal-row")).toHaveCount(count);
  const campaignUrl = page.url();

  // A fee after launch: a negative one is refused with the reason, a real one recorded and used.
  const first = page.getByTestId("deal-row").first();
  const handle = (await first.locator("td").first().locator("span.font-medium").textContent())!.trim().split(/\s/)[0]!.replace(/^@/, "");
  const platform = (await first.locator("span.font-medium span").textContent())!.trim();
  await first.getByRole("button", { name: /^Edit the fee/ }).click();
  const form = page.getByRole("form", { name: `Edit the deal of @${handle}` });
  await form.getByLabel(/^Fee/).fill("-5");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("alert")).toContainText("The fee cannot be negative.");
  await form.getByLabel(/^Fee/).fill("1250");
  await form.getByLabel(/^Deliverables/).fill(`2 ${platform} reel`);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("deal-changes")).toContainText(`@${handle} fee`, { timeout: 45_000 });
  await expect(page.getByTestId("deal-changes")).toContainText("→ $1,250");
  await expect(page.getByTestId("deal-row").filter({ hasText: `@${handle}` }).getByTestId("deal-fee")).toContainText("$1,250");
  await snapBoth(page, "campaign-from-plan");

  // An admin of the same organisation imports the campaign's results through the wizard.
  await page.context().clearCookies();
  await signIn(page, USERS.admin);
  await page.goto("/admin/imports");
  await page.getByLabel("Campaign results (posts and their figures)").check();
  await page.getByRole("group", { name: "What is in the file?" }).locator("select").selectOption({ label: name });
  const file = path.join(tmpdir(), `scout-e2e-wizard-results-${Date.now()}.csv`);
  await writeFile(file, `Post link,Username,Date,Plays,Likes,Comments\nhttps://www.instagram.com/p/e2ewizard/,${handle},2026-12-09,"8,200",410,22\n`);
  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByTestId("results-columns")).toBeVisible({ timeout: 45_000 });
  await expect(page.locator('select[data-field="url"]')).toHaveValue("Post link");
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("results-dry-run")).toContainText("The one row can be imported: 1 new post", { timeout: 45_000 });
  await snap(page, "import-campaign-results");
  await page.getByRole("button", { name: "Import into the campaign" }).click();
  await expect(page).toHaveURL(campaignUrl, { timeout: 45_000 });
  await expect(page.getByTestId("post-row")).toHaveCount(1);
  await expect(page.locator('[data-figure="engagements"]')).toContainText("432");
});
