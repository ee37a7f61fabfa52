// axe on every main page, signed in as the role that uses it, and on the client's share page: zero
// serious or critical violations. The import wizard's steps are checked where import.spec.ts walks
// them (an upload is needed to reach them).
import { expect, test } from "@playwright/test";
import { seriousViolations } from "./a11y-check";
import { openPage, PAGES, preparePages, signedInContexts, type Fixtures } from "./pages";

let fixtures: Fixtures;
let sessions: Awaited<ReturnType<typeof signedInContexts>>;

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  sessions = await signedInContexts(browser, { viewport: { width: 1366, height: 900 } });
  fixtures = await preparePages(sessions.get("agency"), baseURL!);
});
test.afterAll(async () => {
  await sessions?.close();
});

test("every main page has no serious or critical accessibility violation", async () => {
  test.setTimeout(900_000); // axe over a dozen full pages on a busy 2-core machine
  const found: string[] = [];
  for (const target of PAGES) {
    const page = await sessions.get(target.role).newPage();
    await openPage(page, target, fixtures);
    found.push(...(await seriousViolations(page, target.name)));
    // The folded parts too: the search page's "More filters" and the tables under the charts.
    const folded = page.locator("details:not([open]) > summary");
    const n = await folded.count();
    if (n > 0) {
      for (let i = n; i > 0; i--) await folded.first().click();
      found.push(...(await seriousViolations(page, `${target.name} (unfolded)`)));
    }
    await page.close();
  }
  expect(found, found.join("\n")).toEqual([]);
});
