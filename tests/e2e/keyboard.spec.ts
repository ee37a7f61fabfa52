// Search → shortlist → compare with the keyboard alone: Tab, Shift+Tab, Space, Enter and typing.
// No clicks; only the starting address is typed, as a person would into the address bar.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn, USERS } from "./helpers";

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 150 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

test("an agency user finds creators, shortlists them and compares them without a mouse", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, USERS.agency);
  const list = `Keyboard picks ${Date.now().toString(36)}`;
  const made = await page.request.post("/api/shortlists", { data: { name: list }, headers: { origin: new URL(page.url()).origin } });
  expect(made.status()).toBe(201);

  await page.goto("/search?niche=beauty&tier=micro&pageSize=5");
  const rows = page.getByTestId("result-row");
  await expect(rows.first()).toBeVisible();
  const handles = (await rows.getByRole("link").allTextContents()).slice(0, 2).map((h) => h.replace(/^@/, ""));

  // The target list: the picker is a select, chosen by typing its name.
  const picker = page.getByRole("combobox", { name: /^Add to/ });
  await tabTo(page, picker);
  await page.keyboard.type(list);
  await expect(picker.locator("option:checked")).toHaveText(list);

  for (const h of handles) {
    const box = page.getByLabel(`Select @${h}`);
    await tabTo(page, box);
    await page.keyboard.press("Space");
    await expect(box).toBeChecked();
  }
  const add = page.getByRole("button", { name: `Add selected to ${list} (2)` });
  await tabTo(page, add, { back: true });
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Added 2 to “${list}”.`)).toBeVisible();
  // The rows say they are on the list now.
  for (const h of handles) await expect(page.getByRole("button", { name: `Add @${h} to ${list}` })).toHaveText("In list ✓");

  // To the list, by the main navigation.
  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Shortlists" }), { back: true });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/shortlists$/);
  await tabTo(page, page.getByRole("link", { name: list, exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(list);
  await expect(page.getByTestId("list-row")).toHaveCount(2);

  const all = page.getByLabel("Select all");
  await tabTo(page, all);
  await page.keyboard.press("Space");
  await expect(all).toBeChecked();
  const compare = page.getByRole("link", { name: "Compare selected (2)" });
  await tabTo(page, compare, { back: true });
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/compare\?ids=/);
  const headers = page.getByTestId("compare-table").getByRole("columnheader").filter({ hasText: "@" });
  await expect(headers).toHaveCount(2);
  for (const h of handles) await expect(headers.filter({ hasText: `@${h}` })).toHaveCount(1);
});
