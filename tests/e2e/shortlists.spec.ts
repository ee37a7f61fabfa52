import { expect, test } from "@playwright/test";
import { signIn, snap, USERS } from "./helpers";

test("a marketer creates a shortlist, is told when the name is taken, and the other organisation never sees it", async ({ page }) => {
  const name = `E2E picks ${Date.now().toString(36)}`;
  await signIn(page, USERS.marketer);
  await page.goto("/shortlists");
  await page.getByLabel("New shortlist").fill(name);
  await page.getByLabel("Description (optional)").fill("Created by the browser suite");
  await page.getByRole("button", { name: "Create shortlist" }).click();
  await expect(page.getByRole("status")).toContainText(`Created “${name}”`);
  await expect(page.getByRole("link", { name })).toBeVisible();
  await snap(page, "shortlists");

  await page.getByLabel("New shortlist").fill(name);
  await page.getByRole("button", { name: "Create shortlist" }).click();
  await expect(page.getByText(`Acme Brands already has a shortlist called “${name}”.`)).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, USERS.otherOrgAgency);
  await page.goto("/shortlists");
  await expect(page.getByRole("heading", { name: /Shortlists · Northwind Agency/ })).toBeVisible();
  await expect(page.getByText(name)).toHaveCount(0);
});
