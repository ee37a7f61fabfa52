// A file of one row, as a person sees it in the import wizard: "The first row", "1 / 1 row", and no
// "1 rows/s" (a rate measured over less than a second says nothing; lib/import/status.ts rowsLine).
// Only the dry run: nothing is written to the catalog.
import { expect, test } from "@playwright/test";
import { signIn, snap, USERS } from "./helpers";

test("a one-row file: the preview and the dry run speak of one row", async ({ page }) => {
  test.setTimeout(120_000);
  const handle = `e2eone_${Date.now().toString(36)}`;
  await signIn(page, USERS.admin);
  await page.goto("/admin/imports");
  await expect(page.getByLabel("File", { exact: true })).toBeEnabled();
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: `${handle}.csv`, mimeType: "text/csv", buffer: Buffer.from(`Instagram handle,Followers\r\n@${handle},12500\r\n`, "utf8") });
  const mapping = page.getByRole("region", { name: /Match the columns/ });
  await expect(mapping.getByLabel("Handle / username")).toHaveValue("Instagram handle", { timeout: 60_000 });
  await expect(mapping.getByLabel("Followers / subscribers")).toHaveValue("Followers");
  await expect(mapping.getByLabel("Platform")).toHaveValue("fixed:instagram");
  await mapping.getByRole("button", { name: "Preview" }).click();

  const preview = page.getByRole("region", { name: /Preview/ });
  await expect(preview.getByText(/^The first row as it will be stored:/)).toBeVisible({ timeout: 60_000 });
  await expect(preview.getByTestId("import-status")).toContainText("Dry run finished", { timeout: 60_000 });
  // One row, in the singular; a rate only if the run took a second or more, and then in the singular too.
  await expect(preview.getByTestId("import-rows")).toHaveText(/^1 \/ 1 row( · 1 row\/s)? · took (under 1s|\d+s)$/);
  await snap(page, "import-one-row-dry-run");
});
