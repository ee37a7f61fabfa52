import { expect, test } from "@playwright/test";
import { signIn, snap, USERS } from "./helpers";

test("an agency user plans $5,000, compares micro, macro and mixed, and saves the micro option as a list", async ({ page }) => {
  await signIn(page, USERS.agency);
  await page.getByRole("link", { name: "Plan", exact: true }).click();
  await expect(page.getByRole("heading", { name: /Plan a campaign/ })).toBeVisible();
  await page.getByLabel("Budget (USD)").fill("5000");
  await page.getByLabel("Goal").selectOption("engagements");
  await page.getByRole("button", { name: "Plan", exact: true }).click();
  await expect(page).toHaveURL(/budget=5000/);

  for (const kind of ["micro", "macro", "mixed"]) {
    const card = page.getByTestId(`option-${kind}`);
    await expect(card).toBeVisible();
    await expect(card.getByTestId("creators")).toHaveText(/^\d+$/);
    await expect(card.getByTestId("reach")).not.toHaveText("—");
    await expect(card.getByTestId("cost")).toHaveText(/^\$[\d,.]+K?$/);
  }
  await expect(page.getByText("Reach is the sum of followers. It is not de-duplicated")).toBeVisible();
  await expect(page.getByRole("img", { name: "Bar chart of expected engagements per option" })).toBeVisible();
  await snap(page, "plan");

  const micro = page.getByTestId("option-micro");
  const count = Number(await micro.getByTestId("creators").textContent());
  expect(count).toBeGreaterThan(0);
  const handles = (await page.getByTestId("creators-micro").getByTestId("plan-creator").locator("a").allTextContents()).map((h) => h.trim());
  expect(handles).toHaveLength(count);

  const name = `Plan micro ${Date.now().toString(36)}`;
  await micro.getByLabel("List name").fill(name);
  await micro.getByRole("button", { name: /^Save \d+ creators?$/ }).click();
  await expect(micro.getByRole("status")).toContainText(`Saved ${count} ${count === 1 ? "creator" : "creators"} to the new list “${name}”`);

  // The saved message opens the new list itself.
  await micro.getByRole("status").getByRole("link", { name: "Open the list" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.getByTestId("list-row")).toHaveCount(count);
  await page.goto("/shortlists");
  const row = page.getByTestId("shortlist-row").filter({ has: page.getByRole("link", { name, exact: true }) });
  await expect(row.locator("td").nth(1)).toHaveText(String(count));
  await row.getByRole("link", { name, exact: true }).click();
  await expect(page.getByTestId("list-row")).toHaveCount(count);
  for (const h of handles) await expect(page.getByTestId("list-row").getByRole("link", { name: h, exact: true })).toBeVisible();
});

test("bad input gets a clear message on the page and a 400 or 404 from the API", async ({ page }) => {
  await signIn(page, USERS.agency);
  await page.goto("/plan?budget=-5");
  await expect(page.getByTestId("plan-error")).toContainText("The budget must be more than $0.");
  await snap(page, "plan-bad-input");
  await page.goto("/plan?budget=20000000");
  await expect(page.getByTestId("plan-error")).toContainText("The budget can be at most $10,000,000.");
  await page.goto("/plan?budget=5000&niche=beauty&country=NZ&q=zzzzqqq");
  await expect(page.getByTestId("plan-error")).toContainText("No creator matches these filters");
  await page.goto("/plan?budget=5000&list=sl_nw_gaming");
  await expect(page.getByTestId("plan-error")).toContainText("No such shortlist in your organisation.");
  await expect(page.getByText("Gaming picks")).toHaveCount(0);

  const bad = await page.request.get("/api/plan?budget=abc");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatchObject({ code: "bad_request", fields: { budget: ["Give the budget as a number of US dollars."] } });
  const other = await page.request.get("/api/plan?budget=5000&list=sl_nw_gaming");
  expect(other.status()).toBe(404);
  const ok = await page.request.post("/api/plan", { data: { budget: 5000, list: "sl_acme_beauty", goal: "reach" } });
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.options.map((o: { kind: string }) => o.kind)).toEqual(["micro", "macro", "mixed"]);
  expect(body.pool.source).toMatchObject({ kind: "list", id: "sl_acme_beauty" });
});

test("a shared plan link plans a shortlist against a brief with a creator limit", async ({ page }) => {
  await signIn(page, USERS.agency);
  await page.goto("/plan?budget=20000&goal=balance&list=sl_acme_beauty&brief=brief_acme_skincare&maxCreators=3");
  const summary = page.getByTestId("plan-summary");
  await expect(summary).toContainText("from the list “Skincare launch picks”");
  await expect(summary).toContainText("Fit is read against the brief “Spring skincare launch”");
  await expect(summary).toContainText("At most 3 creators per option.");
  for (const kind of ["micro", "macro", "mixed"]) {
    const card = page.getByTestId(`option-${kind}`);
    const built = await card.getByTestId("creators").count();
    if (built) expect(Number(await card.getByTestId("creators").textContent())).toBeLessThanOrEqual(3);
    else await expect(card.getByTestId("empty-reason")).toBeVisible();
  }
  await expect(page.getByLabel("Shortlist", { exact: true })).toHaveValue("sl_acme_beauty");
  await snap(page, "plan-list");
});
