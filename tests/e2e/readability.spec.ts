// The numbered findings of the readability review, each pinned in the browser on the seeded demo:
// what a client or a team member would see. (Overflow, wrapping and phone width: layout.spec.ts;
// accessibility: a11y.spec.ts; keyboard: keyboard.spec.ts.)
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { openPage, PAGES, preparePages, signedInContexts, withDb, type Fixtures } from "./pages";

let fixtures: Fixtures;
let sessions: Awaited<ReturnType<typeof signedInContexts>>;
const page$ = (name: string) => PAGES.find((p) => p.name === name)!;

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  sessions = await signedInContexts(browser, { viewport: { width: 1366, height: 900 }, permissions: ["clipboard-read", "clipboard-write"] });
  fixtures = await preparePages(sessions.get("agency"), baseURL!);
});
test.afterAll(async () => {
  await sessions?.close();
});

test("search: results above the fold, data age on each row, costs per engagement with cents, never $0, platforms as written", async () => {
  const page = await sessions.get("marketer").newPage();
  await openPage(page, page$("search"), fixtures);
  await expect(page.getByTestId("metrics-age").first()).toHaveText(/^(today|1 day ago|\d+ days ago)$/);
  const perEng = await page.getByText(/\/ eng\.$/).allTextContents();
  expect(perEng.length).toBeGreaterThan(5);
  for (const t of perEng) expect(t).toMatch(/^(\$[\d,]+\.\d\d|< \$0\.01) \/ eng\.$/);
  // The filters fold away: at 1366×900 the first results are above the fold.
  const first = await page.getByTestId("result-row").first().boundingBox();
  expect(first!.y + first!.height).toBeLessThan(900);
  await expect(page.getByRole("main").getByText(/\b(Tiktok|Youtube)\b/)).toHaveCount(0); // "TikTok", "YouTube"
  await page.close();
});

test("admin: catalog counts are exact", async () => {
  const page = await sessions.get("admin").newPage();
  await openPage(page, page$("admin"), fixtures);
  const byTier = await withDb((c) => c.query<{ tier: string; n: string }>(`SELECT tier, count(*) AS n FROM "Creator" GROUP BY tier`));
  for (const { tier, n } of byTier.rows) {
    await expect(page.getByTestId(`tier-count-${tier}`)).toHaveText(Number(n).toLocaleString("en-US"));
  }
  await page.close();
});

test("shortlist: the engagements card gives its exact sum, as the reach card does", async () => {
  const page = await sessions.get("agency").newPage();
  await openPage(page, page$("shortlist"), fixtures);
  const sum = await withDb(async (c) => Number((await c.query<{ s: string }>(
    `SELECT sum(c."expectedEngagements") AS s FROM "ShortlistItem" i JOIN "Creator" c ON c.id = i."creatorId" WHERE i."shortlistId" = 'sl_acme_beauty'`,
  )).rows[0]!.s));
  await expect(page.getByTestId("total-engagements")).toContainText(`${Math.round(sum).toLocaleString("en-US")} per post`);
  await page.close();
});

test("share: the link can be copied, the columns stay chosen, the answered count moves, handles open the real profiles", async () => {
  const team = await sessions.get("agency").newPage();
  await openPage(team, page$("shortlist"), fixtures);
  await team.getByRole("checkbox", { name: "Country" }).check();
  await team.getByLabel("Label", { exact: true }).fill("Copy check");
  await team.getByRole("button", { name: "Create share link" }).click();
  const url = await team.getByLabel("Share link URL").inputValue();
  await expect(team.getByRole("checkbox", { name: "Country" })).toBeChecked();
  await team.getByRole("button", { name: "Copy link" }).click();
  await expect(team.getByRole("button", { name: "Copied ✓" })).toBeVisible();
  expect(await team.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await team.close();

  const client = await sessions.get(null).newPage();
  await client.goto(url);
  // The seed's 8 creators, and any an earlier spec added to the list: the count is the rows shown.
  await expect(client.getByTestId("shared-row").nth(7)).toBeVisible();
  const rows = await client.getByTestId("shared-row").count();
  await expect(client.getByTestId("answered")).toHaveText(`you have answered 0 of ${rows}`);
  const first = client.getByTestId("shared-row").first();
  await expect(first.getByRole("link").first()).toHaveAttribute("href", /^https:\/\//);
  await first.getByRole("button", { name: /^Approve/ }).click();
  await expect(client.getByTestId("answered")).toHaveText(`you have answered 1 of ${rows}`);
  await client.close();
});

test("compare: follower history on a log scale in real time, a shared unknown said once, labels unrotated", async () => {
  const page = await sessions.get("agency").newPage();
  await openPage(page, page$("compare"), fixtures);
  const history = page.getByRole("img", { name: "Follower history chart, one line per creator" });
  await expect(history).toHaveAttribute("data-scale", "log"); // micro to mega: five orders of magnitude
  await expect(history.locator(".recharts-line-curve").first()).toHaveAttribute("d", /^M[^C]*$/); // straight segments
  const fit = page.locator('tr[data-row="fit"]');
  await expect(fit.getByTestId("row-unknown")).toHaveText("Fit unknown: choose a brief to compute it");
  // Each cell keeps the reason for a screen reader only; on screen it is said once, in the row's header.
  await expect(fit.locator("td").getByText("Fit unknown: choose a brief to compute it", { exact: true })).toHaveCount(0);
  await expect(page.locator(".recharts-cartesian-axis-tick text[transform*='rotate']")).toHaveCount(0);
  await expect(page.getByText("Show as a table")).toHaveCount(3);
  await page.close();
});

test("plan: every option's engagements bar is seen (a log scale when they span orders of magnitude) and the cost legend follows the bars", async () => {
  const page = await sessions.get("agency").newPage();
  await openPage(page, page$("plan"), fixtures);
  // Which scale depends on the plan's figures (lib/domain/chart-scale.ts, unit-tested); what a reader
  // relies on is that no option's bar vanishes beside another's.
  await expect(page.getByRole("img", { name: "Bar chart of expected engagements per option" })).toHaveAttribute("data-scale", /^(log|linear)$/);
  const legend = page.getByRole("img", { name: "Bar chart of cost per option" }).locator(".recharts-legend-item-text");
  await expect(legend).toHaveText(["Low", "Mid", "High"]);
  // Each bar at least a few pixels tall.
  for (const h of await page.getByRole("img", { name: "Bar chart of expected engagements per option" }).locator(".recharts-bar-rectangle path").evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect().height))) {
    expect(h).toBeGreaterThan(4);
  }
  await page.close();
});

test("profile: the benchmark reads across the grid; history on a real time axis with straight lines", async () => {
  const page = await sessions.get("marketer").newPage();
  await openPage(page, page$("creator"), fixtures);
  await expect(page.getByTestId("benchmark-note")).toContainText("benchmark");
  await expect(page.locator("dl").getByText(/Modash|benchmark \d/)).toHaveCount(0);
  await expect(page.getByText(/^(1 data point|(?!1 )[\d,]+ data points):/)).toBeVisible(); // never "1 data points"
  const followers = page.getByRole("img", { name: "Follower history chart" });
  await expect(followers).toHaveAttribute("data-axis", "time");
  await expect(followers.locator(".recharts-line-curve")).toHaveAttribute("d", /^M[^C]*$/);
  const ticks = followers.locator("text");
  await expect(ticks.filter({ hasText: /^[A-Z][a-z]{2} \d{1,2}(, \d{4})?$/ }).first()).toBeVisible(); // "Sep 6": dates on a time axis
  await expect(ticks.filter({ hasText: /^\d{4}-\d\d-\d\d$/ })).toHaveCount(0);
  await page.close();
});

test("import: a running import without a row total says running, not 0%, and shows no final counts", async () => {
  const id = `e2e_running_${Date.now().toString(36)}`;
  await withDb((c) => c.query(
    `INSERT INTO "ImportJob" (id, "createdByLabel", "fileName", "fileHash", "fileSize", format, status, "dryRun", "processedRows", "startedAt")
     VALUES ($1, 'Ada Admin <admin@example.com>', 'still-running.csv', 'e2e', 100, 'csv', 'running', false, 0, now())`, [id],
  ));
  const page = await sessions.get("admin").newPage();
  await page.goto(`/admin/imports/${id}`);
  await expect(page.getByTestId("import-status")).toHaveText("Import running…");
  await expect(page.getByTestId("count-new")).toHaveCount(0);
  await openPage(page, page$("imports"), fixtures);
  for (const pad of await page.getByTestId("import-history").locator("thead th").evaluateAll((ths) => ths.map((th) => parseFloat(getComputedStyle(th).paddingLeft) + parseFloat(getComputedStyle(th).paddingRight)))) {
    expect(pad).toBeGreaterThanOrEqual(8); // headers never run together
  }
  await withDb((c) => c.query(`DELETE FROM "ImportJob" WHERE id = $1`, [id]));
  await page.close();
});

test("profile on a phone: a long contact address wraps at its @ or a dot, never mid-word, and stays in its box", async () => {
  const { id, email } = await withDb(async (c) => (await c.query<{ id: string; email: string }>(
    `SELECT id, "contactEmail" AS email FROM "Creator" WHERE "contactEmail" IS NOT NULL ORDER BY length("contactEmail") DESC, id LIMIT 1`,
  )).rows[0]!);
  const phone = await sessions.clone({ viewport: { width: 390, height: 844 } });
  const page = await phone.get("marketer").newPage();
  await page.goto(`/creators/${id}`);
  const link = page.getByTestId("contact-email");
  await expect(link).toHaveText(email);
  await expect(link).toHaveAttribute("href", `mailto:${email}`);
  const layout = await link.evaluate((a) => {
    const box = a.closest("dd")!.getBoundingClientRect();
    const parts = [...a.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => {
      const r = document.createRange();
      r.selectNodeContents(n);
      return { text: n.textContent, lines: new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size };
    });
    return { parts, right: a.getBoundingClientRect().right, boxRight: box.right, pageWide: document.documentElement.scrollWidth > document.documentElement.clientWidth };
  });
  // Each piece between break points ("name@", "example", ".com") on one line: a break falls only between them.
  for (const p of layout.parts) expect(p.lines, `"${p.text}" broken inside`).toBe(1);
  expect(layout.right).toBeLessThanOrEqual(layout.boxRight + 1);
  expect(layout.pageWide).toBe(false);
  await phone.close();
});

test("import: a rate in the formatting module's words ('1 row/s'), the rejection reasons listed, headings in order", async () => {
  const page = await sessions.get("admin").newPage();
  await openPage(page, page$("import-detail"), fixtures); // ready: the two reasons have arrived
  // The fixture: 120 rows in two minutes.
  await expect(page.getByTestId("import-rows")).toHaveText("120 / 120 rows · 1 row/s · took 2m 0s");
  await expect(page.getByTestId("reject-reasons").getByRole("listitem")).toHaveText([/^Followers is not a number: "…" — 3 rows \(first on line 7\)$/, /^No handle — 2 rows \(first on line 61\)$/]);
  // Headings in order (axe's heading-order is "moderate", below a11y.spec's bar): the block's own under the page's h1.
  const order = await new AxeBuilder({ page }).withRules(["heading-order"]).analyze();
  expect(order.violations.map((v) => v.nodes.map((n) => n.target.join(" ")).join(" | "))).toEqual([]);
  await page.close();
});

test("phone: the header's account line is whole, and the client's prices stay on one line", async () => {
  const phone = await sessions.clone({ viewport: { width: 390, height: 844 } });
  const page = await phone.get("agency").newPage();
  await openPage(page, page$("search"), fixtures);
  const user = page.getByTestId("current-user");
  await expect(user).toContainText("agency@example.com · agency · Acme");
  const box = await user.evaluate((el) => ({ cut: el.scrollWidth > el.clientWidth + 1, right: el.getBoundingClientRect().right, width: document.documentElement.clientWidth }));
  expect(box.cut).toBe(false);
  expect(box.right).toBeLessThanOrEqual(box.width);
  await page.close();
  for (const ctx of [phone.get(null), sessions.get(null)]) {
    const client = await ctx.newPage();
    await openPage(client, page$("share"), fixtures);
    // Each price cell ("$2,025–$6,076", "$450 agreed") on one line: its pieces share a top (within a badge's padding).
    // The list's table: the share page also holds a campaign report's tables once a campaign was run from it.
    const list = client.getByRole("table").filter({ has: client.getByRole("columnheader", { name: "Price per post", exact: true }) });
    const lines = await list.evaluate((table) => {
      const col = [...table.querySelectorAll("thead th")].findIndex((th) => th.textContent?.trim() === "Price per post");
      return [...table.querySelectorAll("tbody tr")].map((tr) => {
        const r = document.createRange();
        r.selectNodeContents(tr.children[col]!);
        const tops = [...r.getClientRects()].filter((x) => x.width > 0).map((x) => x.top);
        return { text: tr.children[col]!.textContent, spread: Math.max(...tops) - Math.min(...tops) };
      });
    });
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l.spread, `"${l.text}" wraps`).toBeLessThan(8);
    await client.close();
  }
  await phone.close();
});
