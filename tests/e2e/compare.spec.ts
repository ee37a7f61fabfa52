import { expect, test } from "@playwright/test";
import { signIn, snap, USERS } from "./helpers";

const ROWS = ["followers", "engagementRate", "expectedEngagements", "authenticity", "price", "cpe", "cpm", "growth", "growth90", "engagementTrend", "fit", "score"];

test("an agency user compares four creators from search, picks a brief, and adds them to a new list", async ({ page }) => {
  await signIn(page, USERS.agency);
  await page.goto("/search?niche=beauty&tier=micro,mid,macro&pageSize=10");
  // The results stream in after the page: wait for them before reading their links.
  await expect(page.getByTestId("result-row").first()).toBeVisible();
  const hrefs = await page.getByTestId("result-row").getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const ids = hrefs.map((h) => h.split("/creators/")[1]!.split("?")[0]!).slice(0, 4);
  expect(ids).toHaveLength(4);
  const handles = (await page.getByTestId("result-row").getByRole("link").allTextContents()).slice(0, 4);

  await page.goto(`/compare?ids=${ids.join(",")}`);
  await expect(page.getByRole("heading", { name: "Compare creators" })).toBeVisible();
  const table = page.getByTestId("compare-table");
  // Columns in the order asked for, each linking to the profile.
  await expect(table.getByRole("columnheader").filter({ hasText: "@" })).toHaveText(handles.map((h) => new RegExp(h)));
  await expect(table.getByRole("link", { name: handles[0] })).toHaveAttribute("href", `/creators/${ids[0]}`);
  for (const key of ROWS) await expect(table.locator(`tr[data-row="${key}"] td`)).toHaveCount(4);
  // Four distinct follower counts: exactly one best, marked for people too.
  await expect(table.locator('tr[data-row="followers"] td[data-best="true"]')).toHaveCount(1);
  await expect(table.locator('tr[data-row="followers"] td[data-best="true"]')).toContainText("★ best");
  // Without a brief, fit is unknown for everyone: "—", never 0, and no highlight.
  await expect(table.locator('tr[data-row="fit"] td').first()).toContainText("—");
  await expect(table.locator('tr[data-row="fit"] td[data-best="true"]')).toHaveCount(0);
  await expect(page.getByTestId("compare-summary")).toContainText(/@\S+ (reaches|earns|gets) [\d.]+x/);

  await page.getByLabel("Brief for fit and score").selectOption({ label: "Spring skincare launch" });
  await page.getByRole("button", { name: "Apply brief" }).click();
  await expect(page).toHaveURL(/brief=brief_acme_skincare/);
  await expect(table.locator('tr[data-row="fit"]')).toContainText("Fit to “Spring skincare launch”");
  await expect(table.locator('tr[data-row="fit"] td').first()).toContainText("/100");
  await expect(table.getByRole("link", { name: handles[0] })).toHaveAttribute("href", `/creators/${ids[0]}?brief=brief_acme_skincare`);

  for (const name of ["Follower history chart, one line per creator", "Engagement rate chart with each tier's benchmark band", "Cost per engagement chart"]) {
    await expect(page.getByRole("img", { name }).locator("svg.recharts-surface").first()).toBeVisible();
  }
  await expect(page.getByRole("img", { name: "Follower history chart, one line per creator" }).locator(".recharts-line")).toHaveCount(4);
  await snap(page, "compare");

  const listName = `Compared ${Date.now().toString(36)}`;
  await page.getByLabel("List", { exact: true }).selectOption({ label: "New list…" });
  await page.getByLabel("New list name").fill(listName);
  await page.getByRole("button", { name: "Add all 4 to list" }).click();
  await expect(page.getByRole("status")).toHaveText(new RegExp(`Added 4 to “${listName}”`));
  // Adding again is a no-op, not an error.
  await page.getByLabel("List", { exact: true }).selectOption({ label: listName });
  await page.getByRole("button", { name: "Add all 4 to list" }).click();
  await expect(page.getByRole("status")).toContainText(`Added 0 to “${listName}”; 4 already on it.`);

  // The new list holds the four.
  await page.getByRole("link", { name: "Compare this list" }).click();
  await expect(page.getByText(`4 creators from “${listName}”`)).toBeVisible();
  const headers = page.getByTestId("compare-table").getByRole("columnheader").filter({ hasText: "@" });
  for (const h of handles) await expect(headers.filter({ hasText: h })).toHaveCount(1);
});

test("a list of more than six asks which to compare; bad ids get a clear message", async ({ page }) => {
  await signIn(page, USERS.agency);
  await page.goto("/compare?list=sl_acme_beauty");
  await expect(page.getByText(/holds 8 creators\. Choose 2 to 6/)).toBeVisible();
  const boxes = page.getByRole("checkbox");
  // One is not enough: the picker comes back with the reason.
  await boxes.nth(0).check();
  await page.getByRole("button", { name: "Compare selected" }).click();
  await expect(page.getByTestId("compare-problem")).toHaveText("Compare needs at least 2 different creators; got 1.");
  await snap(page, "compare-pick");
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await boxes.nth(5).check();
  await page.getByRole("button", { name: "Compare selected" }).click();
  await expect(page).toHaveURL(/list=sl_acme_beauty/);
  await expect(page.getByText(/3 creators from “Skincare launch picks”/)).toBeVisible();
  await expect(page.getByTestId("compare-table").locator('tr[data-row="followers"] td')).toHaveCount(3);

  await page.goto("/compare?ids=seed0000001");
  await expect(page.getByTestId("compare-problem")).toHaveText("Compare needs at least 2 different creators; got 1.");
  await page.goto("/compare?ids=a1,a2,a3,a4,a5,a6,a7");
  await expect(page.getByTestId("compare-problem")).toHaveText("Compare takes at most 6 creators; got 7.");
  await page.goto("/compare?ids=seed0000001,no_such_creator");
  await expect(page.getByTestId("compare-problem")).toHaveText("No creator with id no_such_creator.");
  await snap(page, "compare-error");

  const api = await page.request.get("/api/compare?ids=seed0000001,no_such_creator");
  expect(api.status()).toBe(404);
  expect((await api.json()).error.fields.ids[0]).toContain("no_such_creator");
  const tooFew = await page.request.get("/api/compare?ids=seed0000001");
  expect(tooFew.status()).toBe(400);
  const ok = await page.request.get("/api/compare?ids=seed0000001,seed0000002&brief=brief_acme_skincare");
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.columns.map((c: { id: string }) => c.id)).toEqual(["seed0000001", "seed0000002"]);
  expect(body.rows.map((r: { key: string }) => r.key)).toEqual(ROWS);
});

test("a Northwind user gets 404 on compare-by-list of an Acme list", async ({ page }) => {
  await signIn(page, USERS.otherOrgAgency);
  const res = await page.goto("/compare?list=sl_acme_beauty");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByText("Skincare launch picks")).toHaveCount(0);
  const api = await page.request.get("/api/compare?list=sl_acme_beauty");
  expect(api.status()).toBe(404);
  const text = await api.text();
  expect(JSON.parse(text).error.code).toBe("not_found");
  expect(text).not.toContain("Skincare");
  // Another organisation's brief, too.
  expect((await page.request.get("/api/compare?ids=seed0000001,seed0000002&brief=brief_acme_skincare")).status()).toBe(404);
});
