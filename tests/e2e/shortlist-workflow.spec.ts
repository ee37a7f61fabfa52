// An agency user builds a list from search, works it (statuses, notes, an agreed price), exports it,
// shares it with a client who decides without an account, and revokes the link; another
// organisation sees none of it.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { parseCsv } from "../support/csv";
import { withDb } from "../support/e2e-db";
import { signIn, snap, USERS } from "./helpers";

const stamp = Date.now().toString(36);
const LIST = `E2E campaign ${stamp}`;
const FORMULA_HANDLE = `e2e_formula_${stamp}`;
const FORMULA_NAME = "=SUM(1+1)*cmd";
const NORTHWIND_MARKETER = "marketer@northwind.example";

test.beforeAll(async () => {
  await withDb((c) => c.query(
    `INSERT INTO "Creator" (id, platform, handle, "displayName", niches, followers, tier, "engagementRate", "expectedEngagements", "priceLow", "priceHigh", "metricsAsOf", "updatedAt")
     VALUES ($1, 'instagram', $2, $3, '{beauty}', 25000, 'micro', 0.03, 750, 100, 500, now(), now())`,
    [`e2e_c_${stamp}`, FORMULA_HANDLE, FORMULA_NAME],
  ));
});
test.afterAll(async () => {
  await withDb((c) => c.query(`DELETE FROM "Creator" WHERE id = $1`, [`e2e_c_${stamp}`]));
});

async function handlesOf(page: Page, testId: string, n: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(((await page.getByTestId(testId).nth(i).locator('a[href^="/creators/"]').first().textContent()) ?? "").replace(/^@/, ""));
  return out;
}

async function download(page: Page, link: string): Promise<Buffer> {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  return readFile((await dl.path())!);
}

test("a list from search to the client's decisions, and nobody else sees it", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, USERS.agency);

  // Create the list: the empty state tells what to do next.
  await page.goto("/shortlists");
  await page.getByLabel("New shortlist").fill(LIST);
  await page.getByRole("button", { name: "Create shortlist" }).click();
  await expect(page.getByRole("status")).toContainText(`Created “${LIST}”`);
  await snap(page, "shortlists-index");
  await page.getByRole("link", { name: LIST }).click();
  await expect(page.getByText("No creators on this list yet.")).toBeVisible();
  const listUrl = page.url();
  const listId = listUrl.split("/shortlists/")[1]!;
  await snap(page, "shortlist-empty");

  // Search: tick three rows and add them at once; compare offers the same rows.
  await page.goto("/search?niche=beauty&tier=micro");
  await page.getByRole("combobox", { name: /^Add to/ }).selectOption({ label: LIST });
  const picked = await handlesOf(page, "result-row", 3);
  for (const h of picked) await page.getByLabel(`Select @${h}`).check();
  await expect(page.getByRole("link", { name: "Compare selected (3)" })).toHaveAttribute("href", /^\/compare\?ids=[^,]+,[^,]+,[^,]+$/);
  await snap(page, "search-selection");
  await page.getByRole("button", { name: `Add selected to ${LIST} (3)` }).click();
  await expect(page.getByText(`Added 3 to “${LIST}”.`)).toBeVisible();
  // The formula-named creator, and one of the three again: that one is a no-op, not an error.
  await page.goto(`/search?q=${FORMULA_HANDLE}`);
  await page.getByLabel(`Select @${FORMULA_HANDLE}`).check();
  await page.getByRole("button", { name: /Add selected to/ }).click();
  await expect(page.getByText(`Added 1 to “${LIST}”.`)).toBeVisible();

  // Work the list: a status, a note and an agreed price, then two statuses at once.
  await page.goto(listUrl);
  await expect(page.getByTestId("list-row")).toHaveCount(4);
  const [a, b, c] = picked as [string, string, string];
  await page.getByLabel(`Status of @${a}`).selectOption("approved");
  await expect(page.getByTestId("by-status")).toContainText("Approved 1");
  await page.getByRole("button", { name: `Edit @${b}` }).click();
  await page.getByLabel(`Note for @${b}`).fill("Wants two stories");
  await page.getByLabel(`Agreed price (USD) for @${b}`).fill("450");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  const bRow = page.getByTestId("list-row").filter({ hasText: `@${b}` });
  await expect(bRow.getByTestId("price-cell")).toContainText("$450");
  await expect(bRow.getByTestId("price-cell")).toContainText("agreed");
  await expect(page.getByTestId("total-cost")).toContainText("1 agreed ($450)");
  await page.getByLabel(`Select @${c}`).check();
  await page.getByLabel(`Select @${FORMULA_HANDLE}`).check();
  await page.getByLabel("Set status of selected").selectOption("contacted");
  await expect(page.getByText("Status set on 2 creators.")).toBeVisible();
  await expect(page.getByTestId("by-status")).toContainText("Contacted 2");
  await expect(page.getByTestId("activity-log")).toContainText(`agreed $450 with @${b}`);
  await snap(page, "shortlist-list");

  // Exports: the columns, numbers as numbers, and the formula cell neutralised.
  const csv = parseCsv((await download(page, "Export CSV")).toString("utf8").replace(/^\uFEFF/, ""));
  const header = csv[0]!;
  expect(header).toEqual(expect.arrayContaining(["Handle", "Name", "Tier", "Followers", "Engagement rate (%)", "Price low", "Price high", "Price agreed", "Status", "Note"]));
  expect(csv).toHaveLength(5);
  const byHandle = new Map(csv.slice(1).map((r) => [r[header.indexOf("Handle")], r]));
  const formulaRow = byHandle.get(FORMULA_HANDLE)!;
  expect(formulaRow[header.indexOf("Name")]).toBe(`'${FORMULA_NAME}`);
  expect(formulaRow[header.indexOf("Followers")]).toBe("25000");
  expect(formulaRow[header.indexOf("Status")]).toBe("contacted");
  expect(byHandle.get(b)![header.indexOf("Price low")]).toBe("450");
  // The file's rows in the page's order: its default, then a column the user sorted by.
  expect(csv.slice(1).map((r) => r[header.indexOf("Handle")])).toEqual(await handlesOf(page, "list-row", 4));
  await page.goto(`${listUrl}?sort=followers&order=asc`);
  const byFollowers = await handlesOf(page, "list-row", 4);
  const sortedCsv = parseCsv((await download(page, "Export CSV")).toString("utf8").replace(/^\uFEFF/, ""));
  expect(sortedCsv.slice(1).map((r) => r[header.indexOf("Handle")])).toEqual(byFollowers);
  await page.goto(listUrl);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await download(page, "Export XLSX")) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const xHeader = (ws.getRow(1).values as unknown[]).slice(1);
  expect(xHeader).toEqual(header);
  const xRows = Array.from({ length: ws.rowCount - 1 }, (_, i) => (ws.getRow(i + 2).values as unknown[]).slice(1));
  const xFormula = xRows.find((r) => r[0] === FORMULA_HANDLE)!;
  // In XLSX the cell is neutralised by its type: a plain text cell, never a formula (exceljs reads a
  // formula cell as { formula, result }), and without the CSV's apostrophe in its content.
  expect(xFormula[xHeader.indexOf("Name")]).toBe(FORMULA_NAME);
  const nameCell = ws.getRow(xRows.indexOf(xFormula) + 2).getCell(xHeader.indexOf("Name") + 1);
  expect(nameCell.type).toBe(ExcelJS.ValueType.String);
  expect(xFormula[xHeader.indexOf("Followers")]).toBe(25000);

  // Share with the client, who has no account.
  await page.getByLabel("Label", { exact: true }).fill("Brand team");
  await page.getByRole("button", { name: "Create share link" }).click();
  const shareUrl = await page.getByLabel("Share link URL").inputValue();
  expect(shareUrl).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
  await snap(page, "shortlist-share-created");

  const clientContext = await browser.newContext();
  const client = await clientContext.newPage();
  const opened = await client.goto(shareUrl);
  expect(opened!.status()).toBe(200);
  expect(opened!.headers()["x-robots-tag"]).toContain("noindex");
  expect(opened!.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(client.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(client.getByRole("heading", { name: LIST })).toBeVisible();
  await expect(client.getByText("Wants two stories")).toHaveCount(0); // the team note is not a chosen column
  await client.getByRole("button", { name: `Approve @${a}` }).click();
  await client.getByRole("button", { name: `Approve @${b}` }).click();
  await client.getByLabel(`Comment on @${c}`).fill("Audience too young for us");
  await client.getByRole("button", { name: `Reject @${c}` }).click();
  await expect(client.getByTestId("decision")).toHaveCount(3);
  await snap(client, "share-client");
  // The token opens nothing else.
  await client.goto(`/shortlists/${listId}`);
  await expect(client).toHaveURL(/\/login/);

  // The team sees the decisions, by "client".
  await page.reload();
  const clientCells = page.getByTestId("client-cell");
  await expect(clientCells.filter({ hasText: "client: approved" })).toHaveCount(2);
  await expect(page.getByTestId("list-row").filter({ hasText: `@${c}` }).getByTestId("client-cell")).toContainText("Audience too young for us");
  await expect(page.getByTestId("activity-log")).toContainText(`client rejected @${c}: “Audience too young for us”`);
  await snap(page, "shortlist-client-decisions");

  // Revoked: the client gets a 404.
  await page.getByRole("button", { name: "Revoke Brand team" }).click();
  await expect(page.getByTestId("share-links")).toContainText("revoked");
  const gone = await client.goto(shareUrl);
  expect(gone!.status()).toBe(404);
  await expect(client.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await snap(client, "share-revoked");
  await clientContext.close();

  // Northwind: the page, the items, the export and the share management are all 404.
  const nwContext = await browser.newContext();
  const nw = await nwContext.newPage();
  await signIn(nw, NORTHWIND_MARKETER);
  const listPage = await nw.goto(listUrl);
  expect(listPage!.status()).toBe(404);
  await expect(nw.getByText(LIST)).toHaveCount(0);
  await snap(nw, "shortlist-other-org-404");
  for (const path of ["", "/items", "/export?format=csv", "/export?format=xlsx", "/share-links", "/activity"]) {
    const res = await nw.request.get(`/api/shortlists/${listId}${path}`);
    expect(res.status(), path).toBe(404);
    expect(await res.text()).not.toContain(LIST);
  }
  const write = await nw.request.post(`/api/shortlists/${listId}/share-links`, { data: { days: 5 }, headers: { origin: new URL(listUrl).origin } });
  expect(write.status()).toBe(404);
  await nwContext.close();
});

test("a list shows a loading screen while it is read", async ({ page }) => {
  await signIn(page, USERS.marketer);
  await page.goto("/shortlists");
  // Hold the list's server response back so the loading screen stays long enough to be seen.
  // (The link's prefetch, which brings the loading screen, goes through at once.)
  await page.route(/\/shortlists\/sl_acme_beauty/, async (route) => {
    if (!route.request().headers()["next-router-prefetch"]) await new Promise((r) => setTimeout(r, 2_000));
    await route.continue();
  });
  const link = page.getByRole("link", { name: "Skincare launch picks" });
  await link.hover();
  await page.waitForTimeout(1_000);
  await link.click();
  await expect(page.getByLabel("Loading shortlist")).toBeVisible();
  await snap(page, "shortlist-loading");
  await expect(page.getByRole("heading", { name: "Skincare launch picks" })).toBeVisible({ timeout: 20_000 });
  // The seed puts 8 creators on it; specs that run before this one may add more.
  await expect(page.getByTestId("list-row").nth(7)).toBeVisible();
  await snap(page, "shortlist-seeded");
});
