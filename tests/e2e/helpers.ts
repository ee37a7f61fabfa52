import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-password";
export const USERS = {
  admin: "admin@example.com",
  agency: "agency@example.com",
  marketer: "marketer@example.com",
  otherOrgAgency: "agency@northwind.example",
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Signing in (a bcrypt check) and the first page can take a while on a busy machine.
  await expect(page.getByTestId("current-user")).toContainText(email, { timeout: 30_000 });
}

/** Screenshots land in test-results/screenshots for people to look at. */
export async function snap(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
