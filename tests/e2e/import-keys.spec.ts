// Issue 20's unseen export in the browser: a generated YouTube list keyed on channel IDs, with links to
// another platform, categories in another script and some impossible and implausible engagement rates
// (tests/support/import-corpus/keys.ts). The wizard proposes YouTube but as a guess, flags the rates
// and the categories before anything is written, and the imported channel keeps its ID's case, its
// category as a label and a link to youtube.com/channel/….
import { expect, test } from "@playwright/test";
import { keyFile } from "../support/import-corpus/keys";
import { signIn, snap, USERS } from "./helpers";

test("a list keyed on YouTube channel IDs: the platform, the flags before writing, the stored channel", async ({ page }) => {
  test.setTimeout(240_000);
  const f = keyFile("glued", Date.now() % 100_000);
  const fileName = `channels-${Date.now().toString(36)}.csv`;
  await signIn(page, USERS.admin);
  await page.goto("/admin/imports");
  await expect(page.getByLabel("File", { exact: true })).toBeEnabled();
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: fileName, mimeType: "text/csv", buffer: Buffer.from(f.text, "utf8") });
  const mapping = page.getByRole("region", { name: /Match the columns/ });
  await expect(mapping.getByLabel("Handle / username")).toHaveValue(f.columns.handle!, { timeout: 60_000 });
  await expect(mapping.getByLabel("Platform")).toHaveValue("fixed:youtube");
  await expect(mapping).toContainText(`“${f.linkColumn}”`); // the platform's reason names the other platform's links
  await snap(page, "import-keys-1-mapping");

  await mapping.getByRole("button", { name: "Preview" }).click();
  const flags = page.getByTestId("preview-flags");
  await expect(flags).toContainText("cannot be true and will be refused", { timeout: 60_000 });
  await expect(flags).toContainText("matches no niche");
  await expect(flags).toContainText(`“${f.columns.niche}”`);
  await expect(flags).toContainText("far above what accounts of their size reach");
  await snap(page, "import-keys-2-preview-flags");

  // The dry run's summary says the same of every row of the file, with their count.
  const found = page.getByTestId("import-flags").first();
  await expect(found).toContainText("What the dry run found", { timeout: 120_000 });
  await expect(found).toContainText(`of ${f.truth.length}`);
  await expect(found).toContainText("far above what accounts of their size reach");
  await expect(found).toContainText("matches no niche");
  await snap(page, "import-keys-2b-dry-run-flags");

  await page.getByRole("button", { name: "Import into the catalog" }).click();
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute("aria-valuenow", "100", { timeout: 120_000 });
  await expect(page.getByText("What the import found")).toBeVisible();
  await snap(page, "import-keys-2c-import-flags");
  const one = f.truth.find((t) => !t.implausibleRate)!;
  await page.goto(`/search?q=${one.id}`);
  await page.getByRole("main").getByRole("link", { name: new RegExp(one.id) }).first().click();
  // A channel ID is no name: the heading is the channel's name, and the ID is shown without an "@".
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(one.name);
  await expect(page.getByRole("main")).toContainText(one.id);
  await expect(page.getByRole("main")).not.toContainText(`@${one.id}`);
  await expect(page.getByTestId("category-label")).toHaveText(one.genre);
  await expect(page.getByRole("link", { name: "profile" })).toHaveAttribute("href", `https://www.youtube.com/channel/${one.id}`);
  await snap(page, "import-keys-3-creator");
});
