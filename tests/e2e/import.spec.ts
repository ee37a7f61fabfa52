// The admin import, as an admin does it in the browser: a messy agency export goes in (BOM, CRLF,
// 12.5k / 1.2M / N/A counts, a percent engagement column, a duplicate handle, a short row and a
// formula-looking cell), one column is mapped by hand, the preview and dry run are checked, the
// import is committed and watched to 100%, the rejected rows are downloaded, and the creators are
// found in the catalog with the right tiers. Then the access rules of the import screens and API.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { formatBytes } from "../../components/import/labels";
import { expectNoSeriousA11y } from "./a11y-check";
import { signIn, snap, USERS } from "./helpers";

const FIXTURE = path.resolve("tests/fixtures/import/e2e-agency-export.csv"); // Playwright runs from the repo root

/** The fixture with its handle prefix made unique per run, so the test can run again on the same database. */
function fixtureForRun(prefix: string): Buffer {
  const text = readFileSync(FIXTURE, "utf8").replace(/e2eimp/g, prefix).replace(/E2EIMP/g, prefix.toUpperCase());
  return Buffer.from(text, "utf8");
}

test("an admin imports a messy spreadsheet end to end and finds the creators in the catalog", async ({ page }) => {
  test.setTimeout(120_000);
  const prefix = `e2eimp${Date.now().toString(36)}`;
  const fileName = `${prefix}-agency-export.csv`;
  const file = fixtureForRun(prefix);
  expect(file.subarray(0, 3).toString("hex")).toBe("efbbbf"); // the BOM and CRLFs survive into the upload
  expect(file.toString("utf8")).toContain("\r\n");

  await signIn(page, USERS.admin);
  await page.goto("/admin/imports");
  await expect(page.getByRole("heading", { name: "Import creators" })).toBeVisible();
  await snap(page, "import-1-start");
  await expectNoSeriousA11y(page, "import-1-start"); // each wizard step, as the admin sees it

  // 1. Upload (the input is enabled once the page can handle it).
  await expect(page.getByLabel("File", { exact: true })).toBeEnabled();
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: fileName, mimeType: "text/csv", buffer: file });
  const mapping = page.getByRole("region", { name: /Match the columns/ });
  await expect(mapping).toBeVisible();
  await expect(mapping).toContainText("CSV");
  await expect(mapping).toContainText("7 columns");
  // The file control names the uploaded file and its size (not the browser's "No file chosen") and offers another.
  const fileInput = page.getByLabel("File", { exact: true });
  await expect(page.getByTestId("upload-file")).toHaveText(`✓Uploaded: ${fileName} · ${formatBytes(file.length)}`);
  await expect(fileInput).toHaveAccessibleDescription(new RegExp(`Uploaded: ${fileName} · ${formatBytes(file.length)}`));
  await expect(page.getByText("Choose another file", { exact: true })).toBeVisible();

  // 2. Map: the suggestions found handle, name, posts, engagement and country; "Reach" is ours to map.
  await expect(mapping.getByLabel("Handle / username")).toHaveValue("IG handle");
  await expect(mapping.getByLabel("Engagement rate")).toHaveValue("Engagement rate");
  await expect(mapping.getByLabel("Platform")).toHaveValue("fixed:instagram");
  const followers = mapping.getByLabel("Followers / subscribers");
  await expect(followers).toHaveValue("");
  await expect(mapping.getByTestId("file-sample")).toContainText("1.2M"); // the first rows help to match by content
  await expect(mapping.getByTestId("unused-columns")).toContainText("Reach");
  await expect(mapping.getByRole("button", { name: "Preview" })).toBeDisabled();
  await snap(page, "import-2-mapping-unmapped");
  await expectNoSeriousA11y(page, "import-2-mapping-unmapped"); // each wizard step, as the admin sees it
  await followers.selectOption("Reach");
  await expect(followers).toHaveValue("Reach");
  await expect(mapping.getByTestId("unused-columns")).not.toContainText("Reach");
  await expect(mapping.getByTestId("file-sample")).toContainText("→ Followers / subscribers");
  await snap(page, "import-3-mapping-done");
  await expectNoSeriousA11y(page, "import-3-mapping-done"); // each wizard step, as the admin sees it

  // 3. Preview: rows as stored (parsed numbers, tier, engagement) and the dry run's counts.
  await mapping.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByTestId("preview-table");
  await expect(preview).toBeVisible();
  const row = (handle: string) => preview.getByRole("row").filter({ hasText: `@${prefix}_${handle}` }).first();
  await expect(row("mega")).toContainText("1.2M");
  await expect(row("mega")).toContainText("Mega");
  await expect(row("micro")).toContainText("12.5K");
  await expect(row("micro")).toContainText("Micro");
  await expect(row("micro")).toContainText("4.5%");
  await expect(row("macro")).toContainText("640K");
  await expect(row("macro")).toContainText("Macro");
  await expect(row("mid")).toContainText("95.5K");
  await expect(row("mid")).toContainText("Mid-tier");
  await expect(row("nano")).toContainText("8K");
  await expect(row("nano")).toContainText("Nano");
  await expect(row("nano")).toContainText("FR");
  await expect(row("mega")).toContainText("US");
  // The preview rejects rows for the same reasons the import will, duplicates included.
  const rejectedRow = (line: number) => preview.getByRole("row").filter({ hasText: "Will be rejected" }).filter({ has: page.getByRole("cell", { name: String(line), exact: true }) });
  await expect(rejectedRow(7)).toContainText(`duplicate of line 3 (@${prefix}_micro on Instagram)`);
  await expect(rejectedRow(8)).toContainText('followers is missing ("N/A")');
  await expect(rejectedRow(9)).toContainText("the row has 3 fields, the header has 7");
  await expect(row("formula")).toContainText('=HYPERLINK("http://evil.example","click")');

  const dryRun = page.getByRole("region", { name: /Preview/ });
  await expect(dryRun.getByTestId("import-status")).toContainText("Dry run finished", { timeout: 30_000 });
  await expect(dryRun.getByTestId("count-new")).toHaveText("6");
  await expect(dryRun.getByTestId("count-updated")).toHaveText("0");
  await expect(dryRun.getByTestId("count-rejected")).toHaveText("3");
  await snap(page, "import-4-preview-dry-run");
  await expectNoSeriousA11y(page, "import-4-preview-dry-run"); // each wizard step, as the admin sees it

  // 4. Commit and watch the bar reach 100%.
  await page.getByRole("button", { name: "Import into the catalog" }).click();
  await expect(page).toHaveURL(/\/admin\/imports\/[^/]+$/);
  await expect(page.getByRole("heading", { name: `Import of ${fileName}` })).toBeVisible();
  const bar = page.getByRole("progressbar", { name: "Import progress" });
  await expect(bar).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
  await expect(page.getByTestId("import-status")).toContainText("100%");
  await expect(page.getByTestId("import-rows")).toContainText("9 / 9 rows");
  await expect(page.getByTestId("count-new")).toHaveText("6");
  await expect(page.getByTestId("count-rejected")).toHaveText("3");
  await expect(page.getByTestId("reject-reasons")).toContainText("duplicate of line … (@… on Instagram); the first occurrence is kept — 1 row (first on line 7)");
  await expect(page.getByRole("link", { name: "Open the catalog" })).toBeVisible();
  await snap(page, "import-5-done");
  await expectNoSeriousA11y(page, "import-5-done"); // each wizard step, as the admin sees it

  // 5. The rejected rows, with line numbers and reasons; a formula-looking cell stays text.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Download the 3 rejected rows/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/rejected-rows\.csv$/);
  const csv = readFileSync(await download.path(), "utf8").replace(/^\ufeff/, "");
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe("line,reason,Rank,IG handle,Full name,Reach,Posts,Engagement rate,Country"); // the file's own column order
  expect(lines).toHaveLength(4);
  expect(lines[1]).toMatch(new RegExp(`^7,duplicate of line 3 \\(@${prefix}_micro on Instagram\\)`));
  expect(lines[2]).toMatch(/^8,"?followers is missing/);
  expect(lines[3]).toMatch(/^9,"?the row has 3 fields, the header has 7/);
  expect(lines[3]).toContain("'=1+2");

  // The history lists it: who, file, counts.
  await page.goto("/admin/imports");
  const history = page.getByTestId("import-history");
  const entry = history.getByRole("row").filter({ hasText: fileName });
  await expect(entry).toContainText(USERS.admin);
  await expect(entry).toContainText(/completed|Completed/);
  await expect(entry).toContainText("6");
  await snap(page, "import-6-history");
  await expectNoSeriousA11y(page, "import-6-history"); // each wizard step, as the admin sees it

  // 6. In the catalog, with the tiers the import computed.
  const expected: [string, string][] = [["mega", "Mega"], ["macro", "Macro"], ["mid", "Mid-tier"], ["micro", "Micro"], ["nano", "Nano"], ["formula", "Micro"]];
  for (const [handle, tier] of expected) {
    await page.goto(`/search?q=${prefix}_${handle}`);
    // Search may be fuzzy and its layout may change: find the result (row, list item or card) that names the handle.
    const result = page.getByRole("main").locator("tr, li, article").filter({ hasText: `${prefix}_${handle}` }).first();
    await expect(result).toBeVisible();
    await expect(result).toContainText(tier);
    if (handle === "micro") await snap(page, "import-7-catalog");
  }
  // The formula cell is shown as the text it was, never run.
  await expect(page.getByRole("main")).toContainText('=HYPERLINK("http://evil.example","click")');
  // Rejected rows did not reach the catalog.
  for (const handle of ["noreach", "short"]) {
    await page.goto(`/search?q=${prefix}_${handle}`);
    await expect(page.getByRole("main")).not.toContainText(`${prefix}_${handle}`);
  }
});

test("a larger import keeps running on the server while the page reloads, and the bar picks up where it is", async ({ page }) => {
  test.setTimeout(180_000);
  const prefix = `e2ebig${Date.now().toString(36)}`;
  const n = 40_000;
  const lines = ["Channel,Subscribers count,Avg likes"];
  for (let i = 0; i < n; i++) lines.push(`${prefix}_${i},"${(1000 + i * 37).toLocaleString("en-US")}",${20 + (i % 90)}`);
  await signIn(page, USERS.admin);
  await page.goto("/admin/imports");
  await expect(page.getByLabel("File", { exact: true })).toBeEnabled();
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: `${prefix}.csv`, mimeType: "text/csv", buffer: Buffer.from(lines.join("\n") + "\n") });
  const mapping = page.getByRole("region", { name: /Match the columns/ });
  await expect(mapping.getByLabel("Followers / subscribers")).toHaveValue("Subscribers count");
  await expect(mapping.getByLabel("Platform")).toHaveValue("fixed:youtube");
  await mapping.getByRole("button", { name: "Preview" }).click();
  const dryRun = page.getByRole("region", { name: /Preview/ });
  await expect(dryRun.getByTestId("import-status")).toContainText("Dry run finished", { timeout: 60_000 });
  await expect(dryRun.getByTestId("count-new")).toHaveText("40,000");

  await page.getByRole("button", { name: "Import into the catalog" }).click();
  await expect(page).toHaveURL(/\/admin\/imports\/[^/]+$/);
  await page.reload(); // the admin may leave and come back: the bar reads the job's state from the server
  const bar = page.getByRole("progressbar", { name: "Import progress" });
  await expect(bar).toBeVisible();
  await snap(page, "import-10-large-running");
  await expect(bar).toHaveAttribute("aria-valuenow", "100", { timeout: 90_000 });
  // A rate only when measured over a second or more (lib/import/status.ts rowsLine): a fast machine may read 40,000 rows in less.
  await expect(page.getByTestId("import-rows")).toHaveText(/^40,000 \/ 40,000 rows( · [\d,]+ rows\/s)? · took (under 1s|\d)/);
  await expect(page.getByTestId("count-new")).toHaveText("40,000");
  await expect(page.getByTestId("count-rejected")).toHaveText("0");
  await snap(page, "import-11-large-done");
  // Tiers as computed at import: followers are 1,000 + 37 x i, so i = 0-243 is Nano (< 10,000), 244-1,324 Micro
  // (<= 50,000), 1,325-13,486 Mid-tier, 13,487-27,000 Macro (<= 1,000,000: i = 27,000 is exactly 1M) and the rest Mega.
  const byTier = page.getByRole("list", { name: "Rows by tier" });
  for (const [tier, count] of [["Nano", "244"], ["Micro", "1,081"], ["Mid-tier", "12,162"], ["Macro", "13,514"], ["Mega", "12,999"]]) {
    await expect(byTier.getByRole("listitem").filter({ hasText: tier })).toHaveText(`${tier} ${count}`);
  }
});

test("a file that cannot be imported gets a clear message, not a crash", async ({ page }) => {
  await signIn(page, USERS.admin);
  await page.goto("/admin/imports");
  const upload = page.getByRole("region", { name: /Upload a file/ });
  await expect(page.getByLabel("File", { exact: true })).toBeEnabled();
  await expect(upload.getByTestId("upload-file")).toHaveText("No file chosen yet.");
  await expect(upload.getByText("Choose a file", { exact: true })).toBeVisible();
  // A good file first; choosing another one starts over.
  const good = Buffer.from("handle,followers\r\nanna_e2e_ok,1200\r\n");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: good });
  await expect(page.getByRole("region", { name: /Match the columns/ })).toBeVisible();
  await expect(upload.getByTestId("upload-file")).toHaveText(`✓Uploaded: good.csv · ${formatBytes(good.length)}`);
  await snap(page, "import-1b-uploaded");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "notes.csv", mimeType: "text/csv", buffer: Buffer.from("handle,followers\r\n") });
  await expect(upload.getByRole("alert")).toHaveText('"notes.csv" has a header row (2 columns) but no data rows.');
  await expect(page.getByRole("region", { name: /Match the columns/ })).toHaveCount(0);
  await expect(upload.getByTestId("upload-file")).toHaveText("Not accepted: notes.csv · 18 bytes");
  await expect(upload.getByText("Choose another file", { exact: true })).toBeVisible();
  await snap(page, "import-8-header-only");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "empty.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) });
  await expect(upload.getByRole("alert")).toHaveText("The file is empty (0 bytes).");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "photo.csv", mimeType: "text/csv", buffer: readFileSync("tests/fixtures/import/garbage.bin") });
  await expect(upload.getByRole("alert")).not.toHaveText("The file is empty (0 bytes).");
  await expect(upload.getByRole("alert")).not.toContainText(/went wrong|HTTP 500|server answered 500/i);
  await snap(page, "import-9-garbage");
  // A file over the upload limit is refused before any byte, as too large (413).
  const big = await page.request.post("/api/admin/imports", { data: { fileName: "big.csv", size: 10 * 1024 ** 4 } });
  expect(big.status()).toBe(413);
  expect((await big.json()).error.message).toMatch(/the limit is \d+ MB/);
  // An import that does not exist is a real 404 (not a 200 streamed behind a loading screen).
  const missing = await page.goto("/admin/imports/no-such-import");
  expect(missing?.status()).toBe(404);
});

test("a marketer is refused the import screens and API", async ({ page }) => {
  await signIn(page, USERS.marketer);
  const res = await page.goto("/admin/imports");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  await expect(page.getByLabel("File", { exact: true })).toHaveCount(0);
  const api = await page.request.post("/api/admin/imports", { data: { fileName: "x.csv", size: 10 } });
  expect(api.status()).toBe(403);
  expect((await api.json()).error.code).toBeTruthy();
  const status = await page.request.get("/api/admin/imports/some-id");
  expect(status.status()).toBe(403);
});

test("a signed-out request to the import API gets 401", async ({ request }) => {
  const res = await request.post("/api/admin/imports", { data: { fileName: "x.csv", size: 10 } });
  expect(res.status()).toBe(401);
  expect((await res.json()).error).toBeTruthy();
  const rejected = await request.get("/api/admin/imports/some-id/rejected");
  expect(rejected.status()).toBe(401);
});

test("the mapping says how sure it is; a handle column that repeats its values is stopped until the admin imports anyway", async ({ page }) => {
  test.setTimeout(120_000);
  const prefix = `e2eguard${Date.now().toString(36)}`;
  // Modelled on a channel-statistics export: "Channel" holds category words, the names have spaces.
  const cats = ["Music", "Gaming", "Education", "Comedy", "Sports"];
  const lines = ["Rank,Channel,Channel name,Subscribers,Country share %"];
  for (let i = 1; i <= 60; i++) lines.push(`${i},${cats[i % 5]},${prefix} Show ${i},${40_000 + i * 1_337},${3 + (i % 8)}`);
  await signIn(page, USERS.admin);
  await page.goto("/admin/imports");
  await expect(page.getByLabel("File", { exact: true })).toBeEnabled();
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: `${prefix}.csv`, mimeType: "text/csv", buffer: Buffer.from(lines.join("\n") + "\n") });
  const mapping = page.getByRole("region", { name: /Match the columns/ });
  // Followers are a confident match; the handle is left empty, with the reason "Channel" was passed over.
  await expect(mapping.getByLabel("Followers / subscribers")).toHaveValue("Subscribers");
  await expect(mapping.getByTestId("field-followers-why")).toContainText("% sure");
  await expect(mapping.getByLabel("Handle / username")).toHaveValue("");
  await expect(mapping.getByTestId("field-handle-why")).toContainText("Required: no column is a confident match");
  await expect(mapping.getByTestId("rejected-columns")).toContainText("“Channel” is not handle / username: 100% of values are category words");
  await expect(mapping.getByLabel("Price per post")).toHaveValue("");
  await snap(page, "import-12-mapping-confidence");

  // The admin insists on "Channel": the dry run's guard stops it before anything is written.
  await mapping.getByLabel("Handle / username").selectOption("Channel");
  await expect(mapping.getByTestId("field-handle-why")).toContainText("Chosen by you");
  await mapping.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByRole("region", { name: /Preview/ });
  await expect(preview.getByTestId("import-status")).toContainText("Dry run failed", { timeout: 60_000 });
  await expect(preview).toContainText("Stopped before writing anything: the handle column “Channel” repeats its values: 55 of 60 rows");
  await expect(page.getByRole("button", { name: "Import into the catalog" })).toBeDisabled();
  await snap(page, "import-13-guard-stopped");
  await expectNoSeriousA11y(page, "import-13-guard-stopped"); // each wizard step, as the admin sees it

  // Keying on the channel names instead passes the checks.
  await mapping.getByRole("button", { name: "Key the import on “Channel name”" }).click();
  await expect(mapping.getByLabel("Handle / username")).toHaveValue("Channel name");
  await mapping.getByRole("button", { name: "Preview" }).click();
  await expect(preview.getByTestId("import-status")).toContainText("Dry run finished", { timeout: 60_000 });
  await expect(preview.getByTestId("count-new")).toHaveText("60");
});

test("after a guard stops the dry run, the admin can import anyway, knowingly", async ({ page }) => {
  test.setTimeout(120_000);
  const prefix = `e2eforce${Date.now().toString(36)}`;
  const lines = ["Handle,Followers"];
  for (let i = 0; i < 40; i++) lines.push(`${prefix}_${i % 4},${10_000 + i}`);
  await signIn(page, USERS.admin);
  await page.goto("/admin/imports");
  await expect(page.getByLabel("File", { exact: true })).toBeEnabled();
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: `${prefix}.csv`, mimeType: "text/csv", buffer: Buffer.from(lines.join("\n") + "\n") });
  const mapping = page.getByRole("region", { name: /Match the columns/ });
  // 4 values over 40 rows is no handle column: the suggestion leaves it to the admin, who picks it.
  await expect(mapping.getByLabel("Handle / username")).toHaveValue("");
  await mapping.getByLabel("Handle / username").selectOption("Handle");
  await mapping.getByLabel("Platform").selectOption("fixed:instagram");
  await mapping.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByRole("region", { name: /Preview/ });
  await expect(preview.getByTestId("import-status")).toContainText("Dry run failed", { timeout: 60_000 });
  const anyway = preview.getByTestId("import-anyway");
  await expect(anyway.getByRole("button", { name: "Run the dry run again, anyway" })).toBeDisabled();
  await anyway.getByRole("checkbox").check();
  await anyway.getByRole("button", { name: "Run the dry run again, anyway" }).click();
  await expect(preview.getByTestId("import-status")).toContainText("Dry run finished", { timeout: 60_000 });
  await expect(preview.getByTestId("count-new")).toHaveText("4");
  await expect(preview.getByTestId("count-rejected")).toHaveText("36");
});
