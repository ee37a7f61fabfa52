// An admin imports a workbook whose follower counts use a decimal comma: the mapping step names the
// sheet it read (a cover sheet comes first), and the preview reads "1,2 Mio." as 1.2 million, says
// so, and refuses the one value that is impossible either way.
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { signIn, snap, USERS } from "./helpers";

async function workbook(prefix: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Read me").addRow(["Creator list for the spring campaign"]);
  const s = wb.addWorksheet("Creators");
  s.addRow(["handle", "followers", "avg likes"]);
  s.addRow([`${prefix}_ana`, "1,2 Mio.", "12,5 Tsd."]);
  s.addRow([`${prefix}_bo`, "16,037 Mio.", "210 Tsd."]);
  s.addRow([`${prefix}_cy`, "48,5 Tsd.", "1,1 Tsd."]);
  s.addRow([`${prefix}_dee`, "2,5 Mrd.", "10"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("a decimal-comma workbook is read per column, and the preview says how", async ({ page }) => {
  test.setTimeout(120_000);
  const prefix = `e2enum${Date.now().toString(36)}`;
  await signIn(page, USERS.admin);
  await page.goto("/admin/imports");
  await expect(page.getByLabel("File", { exact: true })).toBeEnabled();
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: `${prefix}.xlsx`, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await workbook(prefix),
  });
  const mapping = page.getByRole("region", { name: /Match the columns/ });
  await expect(mapping).toContainText("sheet “Creators” (the first with a header row, of “Read me”, “Creators”)");
  await mapping.getByLabel("Platform").selectOption("fixed:tiktok");
  await snap(page, "import-numbers-1-mapping");

  await mapping.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByTestId("preview-table");
  await expect(preview).toBeVisible();
  const notes = page.getByTestId("number-notes");
  await expect(notes).toContainText("Followers / subscribers: read 1,2 Mio. as 1,200,000 (decimal comma)");
  await expect(notes).toContainText("1 value over 1 billion followers");
  const row = (h: string) => preview.getByRole("row").filter({ hasText: `@${prefix}_${h}` }).first();
  await expect(row("ana")).toContainText("1.2M");
  await expect(row("bo")).toContainText("16M");
  await expect(row("cy")).toContainText("48.5K");
  await expect(preview.getByRole("row").filter({ hasText: "Will be rejected" })).toContainText('followers "2,5 Mrd." reads as 2,500,000,000: over 1 billion followers, not possible');
  await snap(page, "import-numbers-2-preview");
});
