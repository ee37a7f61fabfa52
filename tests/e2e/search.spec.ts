import { expect, test, type Page } from "@playwright/test";
import { signIn, snap, USERS } from "./helpers";

const handles = (page: Page) => page.getByTestId("result-row").getByRole("link").allTextContents();

test("a marketer searches, filters, picks a brief, pages, opens a profile, and a copied link reproduces the results", async ({ page, context }) => {
  await signIn(page, USERS.marketer);
  await page.goto("/search?pageSize=5");

  await page.getByLabel("Search handle, name or bio").fill("beauty");
  await expect(page).toHaveURL(/q=beauty/);
  await page.getByRole("checkbox", { name: "Nano" }).check();
  await expect(page).toHaveURL(/tier=nano/);
  await page.getByRole("checkbox", { name: "Micro" }).check();
  await expect(page).toHaveURL(/tier=nano%2Cmicro|tier=nano,micro/);
  await page.getByText("Any niche").first().click();
  await page.getByRole("group", { name: "Niches (any of)" }).getByRole("checkbox", { name: "Beauty" }).check();
  await expect(page).toHaveURL(/niche=beauty/);
  // The picker names the niche as people write it, never its id.
  await expect(page.getByRole("button", { name: /^Niches \(any of\) Beauty$/ })).toBeVisible();
  await page.getByText("Beauty", { exact: true }).first().click(); // close the niche picker
  await page.getByText("More filters").click();
  await page.getByLabel("Country (ISO, e.g. US,GB)").fill("US");
  await expect(page).toHaveURL(/country=US/);

  // Only this organisation's briefs are offered.
  const brief = page.getByLabel("Brand brief (drives niche fit)");
  await expect(brief.locator("option")).toHaveText(["No saved brief", "Spring skincare launch"]);
  await brief.selectOption({ label: "Spring skincare launch" });
  await expect(page).toHaveURL(/brief=brief_acme_skincare/);
  await page.getByLabel("Sort by").selectOption("score");
  await expect(page).toHaveURL(/sort=score/);
  await expect(page.getByRole("columnheader", { name: "Fit" })).toBeVisible();
  await expect(page.getByText("fit to Spring skincare launch")).toBeVisible();

  // Scores are in descending order on the page.
  const scores = (await page.getByTestId("result-row").getByTestId("score-value").allTextContents()).map(Number);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(scores.length).toBe(5);

  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId("result-row").first()).toBeVisible();
  const pageTwo = await handles(page);
  expect(pageTwo.length).toBeGreaterThan(0);
  await snap(page, "search-results");

  // A copied link in a fresh page gives the same results.
  const copied = page.url();
  const fresh = await context.newPage();
  await fresh.goto(copied);
  await expect(fresh.getByTestId("result-row").first()).toBeVisible();
  expect(await handles(fresh)).toEqual(pageTwo);
  await expect(fresh.getByLabel("Search handle, name or bio")).toHaveValue("beauty");
  await fresh.close();

  // Back goes to page 1 of the same filters.
  await page.goBack();
  await expect(page).not.toHaveURL(/page=2/);
  await expect(page).toHaveURL(/brief=brief_acme_skincare/);

  // One click adds a creator to the shortlist picked above the results.
  await page.getByTestId("result-row").first().getByRole("button", { name: /^Add @/ }).click();
  await expect(page.getByTestId("result-row").first().getByRole("button", { name: /^Add @/ })).toHaveText(/Added ✓|In list ✓/);

  // Open a profile: history chart and the score breakdown for the same brief.
  await page.getByTestId("result-row").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/creators\/.+brief=brief_acme_skincare/);
  await expect(page.getByRole("heading", { name: /Score breakdown/ })).toBeVisible();
  await expect(page.getByText("Fit to “Spring skincare launch”")).toBeVisible();
  await expect(page.getByRole("img", { name: "Follower history chart" }).locator("svg.recharts-surface")).toBeVisible();
  await expect(page.getByRole("img", { name: "Engagement rate history chart" }).locator("path.recharts-line-curve")).toBeAttached();
  expect(await page.getByRole("img", { name: "Follower history chart" }).locator(".recharts-line-dots circle").count()).toBeGreaterThan(1);
  await expect(page.getByRole("heading", { name: "In your shortlists" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Similar creators" })).toBeVisible();
  await snap(page, "creator-profile");
});

test("another organisation's brief is refused on the page and by the API", async ({ page }) => {
  await signIn(page, USERS.marketer);
  const res = await page.goto("/search?brief=brief_nw_gaming");
  expect(res?.status()).toBe(404);
  await expect(page.getByText("Esports headset")).toHaveCount(0);
  const api = await page.request.get("/api/creators?brief=brief_nw_gaming");
  expect(api.status()).toBe(404);
  expect(await api.text()).not.toContain("Esports");
  const profile = await page.request.get("/api/creators/does-not-matter?brief=brief_nw_gaming");
  expect(profile.status()).toBe(404);

  // The owner organisation sees its brief.
  await page.getByRole("button", { name: "Sign out" }).click();
  // signOut() posts, then navigates to /login: wait for it, or the next goto races the sign-out.
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, USERS.otherOrgAgency);
  await page.goto("/search");
  await page.getByText("More filters").click();
  await expect(page.getByLabel("Brand brief (drives niche fit)").locator("option")).toHaveText(["No saved brief", "Esports headset (DACH)"]);
});

test("malformed parameters are ignored and an empty result says which filter to relax", async ({ page }) => {
  await signIn(page, USERS.marketer);
  await page.goto("/search?tier=giant&minFollowers=lots&page=-3&sort=best&pageSize=10");
  await expect(page.getByTestId("result-row")).toHaveCount(10);

  await page.goto("/search?q=beauty&country=ZZ");
  await expect(page.getByText("No creators match these filters.")).toBeVisible();
  const relax = page.getByRole("link", { name: "Remove the country filter" });
  await expect(relax).toBeVisible();
  await snap(page, "search-empty");
  await relax.click();
  await expect(page).not.toHaveURL(/country=/);
  await expect(page.getByTestId("result-row").first()).toBeVisible();
});

test("the niche picker closes on Escape, on a click outside and when focus leaves it", async ({ page }) => {
  await signIn(page, USERS.marketer);
  await page.goto("/search?pageSize=5");
  const picker = page.getByRole("button", { name: /^Niches \(any of\)/ });
  const panel = page.getByRole("group", { name: "Niches (any of)" });
  await expect(picker).toHaveAttribute("aria-expanded", "false");
  await expect(panel).toBeHidden();

  // Picking keeps it open; Escape closes it and gives focus back to the button.
  await picker.click();
  await expect(picker).toHaveAttribute("aria-expanded", "true");
  await panel.getByRole("checkbox", { name: "Beauty" }).check();
  await expect(page).toHaveURL(/niche=beauty/);
  await expect(panel).toBeVisible();
  await expect(picker).toHaveAccessibleName(/Beauty/);
  await snap(page, "search-niche-picker-open");
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(picker).toHaveAttribute("aria-expanded", "false");
  await expect(picker).toBeFocused();

  // Escape from a checkbox inside the panel does the same.
  await page.keyboard.press("Enter");
  await expect(panel).toBeVisible();
  await panel.getByRole("checkbox", { name: "Fitness" }).focus();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(picker).toBeFocused();

  // A click on empty space outside closes it.
  await picker.click();
  await expect(panel).toBeVisible();
  await page.getByRole("region", { name: "Search filters" }).click({ position: { x: 4, y: 4 } });
  await expect(panel).toBeHidden();
  await expect(picker).toHaveAttribute("aria-expanded", "false");

  // Tabbing past the last niche closes it; focus moves on to the next field.
  await picker.click();
  await panel.getByRole("checkbox").last().focus();
  await page.keyboard.press("Tab");
  await expect(panel).toBeHidden();
  await expect(page.getByText("More filters")).toBeFocused();
  await page.keyboard.press("Enter"); // opens the rest of the filters
  await expect(page.getByLabel("Min followers")).toBeVisible();

  // Opening the brief's picker closes the other one.
  await picker.click();
  await expect(panel).toBeVisible();
  await page.getByRole("button", { name: /^Brief niches/ }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByRole("group", { name: "Brief niches" })).toBeVisible();
  await snap(page, "search-niche-picker-brief");
  await expect(page).toHaveURL(/niche=beauty/);
});

test("the search page loads less than 250 KB of JavaScript, gzipped", async ({ page, browser }) => {
  await signIn(page, USERS.marketer);
  // A new context with the session but an empty HTTP cache: every script /search needs is fetched.
  const fresh = await browser.newContext({ storageState: await page.context().storageState() });
  const search = await fresh.newPage();
  const scripts = new Map<string, Promise<Buffer>>();
  search.on("response", (response) => {
    if (response.request().resourceType() === "script" && !scripts.has(response.url())) scripts.set(response.url(), response.body());
  });
  await search.goto("/search");
  await expect(search.getByTestId("result-row").first()).toBeVisible();
  await search.waitForLoadState("networkidle");
  const { gzipSync } = await import("node:zlib");
  const bodies = await Promise.all(scripts.values());
  const bytes = bodies.reduce((sum, body) => sum + gzipSync(body).length, 0);
  expect(bodies.length).toBeGreaterThan(0);
  console.log(`/search JavaScript: ${bodies.length} files, ${(bytes / 1024).toFixed(1)} KB gzipped`);
  expect(bytes).toBeLessThan(250 * 1024);
  await fresh.close();
});

test("score weights move with the sliders, travel in the URL together and survive a reload", async ({ page }) => {
  await signIn(page, USERS.marketer);
  await page.goto("/search?brief=brief_acme_skincare");
  await expect(page.getByText("score = 35% engagement + 30% fit + 20% authenticity + 15% cost")).toBeVisible();
  const fit = page.getByRole("slider", { name: "Fit weight" });
  await fit.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/wFit=50/);
  // The other weights are written out beside it, so the link reproduces the exact mix.
  const url = new URL(page.url());
  expect(Object.fromEntries(["wEng", "wFit", "wAuth", "wCost"].map((k) => [k, url.searchParams.get(k)]))).toEqual({ wEng: "35", wFit: "50", wAuth: "20", wCost: "15" });
  // 35 + 50 + 20 + 15 = 120: renormalised to 29% + 42% + 17% + 13%.
  await expect(page.getByText("score = 29% engagement + 42% fit + 17% authenticity + 13% cost")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("slider", { name: "Fit weight" })).toHaveValue("50");
  await expect(page.getByText("score = 29% engagement + 42% fit + 17% authenticity + 13% cost")).toBeVisible();
  await snap(page, "search-weights");
});
