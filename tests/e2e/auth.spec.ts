import { expect, test } from "@playwright/test";
import { signIn, snap, USERS } from "./helpers";

test("signed-out visitors are sent to the login page", async ({ page }) => {
  await page.goto("/search?tier=micro");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await expect(page.getByRole("heading", { name: "Sign in to Scout" })).toBeVisible();
  await snap(page, "login");
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(USERS.marketer);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

for (const [role, email] of [["marketer", USERS.marketer], ["agency", USERS.agency]] as const) {
  test(`${role} sees the catalog but is refused the admin area`, async ({ page }) => {
    await signIn(page, email);
    await page.goto("/search");
    await expect(page.getByRole("table")).toBeVisible();
    await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
    await snap(page, `search-${role}`);
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  });
}

test("admin sees the catalog and the admin area", async ({ page }) => {
  await signIn(page, USERS.admin);
  await page.getByRole("link", { name: "Admin" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Catalog administration" })).toBeVisible();
  await snap(page, "admin");
});

test("the catalog pages through results driven by the URL", async ({ page }) => {
  await signIn(page, USERS.marketer);
  await page.goto("/search?tier=micro&pageSize=10");
  const rows = page.getByRole("row");
  await expect(rows).toHaveCount(11); // header + 10
  await expect(page.getByRole("cell", { name: "Micro" }).first()).toBeVisible();
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page).toHaveURL(/tier=micro/);
  await page.goto("/search?q=zzzz-no-such-creator");
  await expect(page.getByText("No creators match these filters.")).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, USERS.marketer);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/search");
  await expect(page).toHaveURL(/\/login/);
});

test("an admin's impossible tier thresholds are refused with the reason", async ({ page }) => {
  await signIn(page, USERS.admin);
  await page.goto("/admin");
  await page.getByLabel("Micro up to (followers)").fill("5000");
  await page.getByRole("button", { name: "Save and re-tier" }).click();
  await expect(page.getByText("Fix the thresholds below.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Micro up to (followers)")).toHaveValue("50000");
});

test("the API answers 401 to signed-out callers", async ({ request }) => {
  const response = await request.get("/api/creators");
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: { code: "unauthenticated", message: "Sign in to continue." } });
});
