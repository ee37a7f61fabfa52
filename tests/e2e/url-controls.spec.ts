import { expect, test, type Page, type Route } from "@playwright/test";
import { signIn, USERS } from "./helpers";

// The search controls write to the URL, and the URL comes back once the server has answered. A
// user does not wait for it. These tests hold the server's answer to one write until the user has
// moved on, then let it through: the control must keep what the user did since.

/** Holds the app's requests for /search whose parameter `name` is `value`, until released. */
async function holdSearch(page: Page, name: string, value: string) {
  const held: Route[] = [];
  const matches = (url: URL) => url.pathname === "/search" && url.searchParams.get(name) === value;
  await page.route(matches, (route) => { held.push(route); });
  return {
    /** Resolves once the write has left the browser and is being held. */
    sent: () => expect.poll(() => held.length).toBeGreaterThan(0),
    release: async () => {
      // Continued before the route is removed: removing it would let the held requests through itself.
      for (const route of held.splice(0)) await route.continue();
      await page.unroute(matches);
    },
  };
}

test("a slider keeps its newer value when the URL of an older move comes back late", async ({ page }) => {
  await signIn(page, USERS.marketer);
  await page.goto("/search?brief=brief_acme_skincare");
  const fit = page.getByRole("slider", { name: "Fit weight" });
  await expect(fit).toHaveValue("30");
  const first = await holdSearch(page, "wFit", "35");
  await fit.focus();
  await page.keyboard.press("ArrowRight");
  await first.sent();
  // The next press moves the slider at once; it is written when the key comes up. The URL of the
  // first press arrives in between.
  await page.keyboard.down("ArrowRight");
  await expect(fit).toHaveValue("40");
  await first.release();
  await expect(page).toHaveURL(/wFit=35/);
  await expect(fit).toHaveValue("40");
  await page.keyboard.up("ArrowRight");
  await expect(page).toHaveURL(/wFit=40/);
  await expect(fit).toHaveValue("40");
  await expect(page.getByText("score = 32% engagement + 36% fit + 18% authenticity + 14% cost")).toBeVisible();
});

test("the search box keeps a space typed before a pause when the trimmed text comes back in the URL", async ({ page }) => {
  await signIn(page, USERS.marketer);
  await page.goto("/search");
  const box = page.getByLabel("Search handle, name or bio");
  // "vegan " then a pause: the URL gets "vegan"; the box must not eat the space the next word needs.
  await box.pressSequentially("vegan ");
  await expect(page).toHaveURL(/q=vegan(&|$)/);
  await expect(box).toHaveValue("vegan ");
  await box.pressSequentially("recipes");
  await expect(page).toHaveURL(/q=vegan\+recipes/);
  await expect(box).toHaveValue("vegan recipes");
});
