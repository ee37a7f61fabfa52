// The app's main pages, each with the role that uses it and what shows once it has loaded. The
// layout (screenshots and overflow), accessibility and keyboard specs all walk this one list, so a
// new page is one line here. Fixture ids (a creator, a share token, an import) are made once per
// spec file by `preparePages`.
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { withDb } from "../support/e2e-db";
import { signIn, USERS } from "./helpers";

export { withDb };

/** The seed's finished demo campaign (prisma/seed/campaign.ts), on the seeded list sl_acme_beauty. */
const DEMO_CAMPAIGN_ID = "cmp_acme_spring";

export type Role = "admin" | "agency" | "marketer";
export type Fixtures = { creatorId: string; compareIds: string[]; shareToken: string; importId: string };

export type AppPage = {
  name: string;
  /** Who uses the page; null for pages without a session (sign-in, the client's share link). */
  role: Role | null;
  path: (f: Fixtures) => string;
  /** A locator that is on screen once the page's data has arrived (results stream in after the shell). */
  ready: (page: Page) => ReturnType<Page["locator"]>;
};

export const PAGES: AppPage[] = [
  { name: "dashboard", role: "agency", path: () => "/", ready: (p) => p.getByTestId("summary-age") },
  { name: "alerts", role: "agency", path: () => "/alerts", ready: (p) => p.getByRole("heading", { level: 1, name: /Alerts · / }) },
  { name: "campaigns", role: "agency", path: () => "/campaigns", ready: (p) => p.getByTestId("campaign-row").first() },
  { name: "campaign", role: "agency", path: () => `/campaigns/${DEMO_CAMPAIGN_ID}`, ready: (p) => p.getByRole("heading", { level: 1, name: /Spring skincare launch/ }) },
  { name: "login", role: null, path: () => "/login", ready: (p) => p.getByRole("button", { name: "Sign in" }) },
  { name: "search", role: "marketer", path: () => "/search", ready: (p) => p.getByTestId("result-row").first() },
  { name: "search-filtered", role: "agency", path: () => "/search?niche=beauty&tier=micro,mid&brief=brief_acme_skincare&sort=score", ready: (p) => p.getByTestId("result-row").first() },
  { name: "creator", role: "marketer", path: (f) => `/creators/${f.creatorId}`, ready: (p) => p.getByRole("heading", { level: 1 }) },
  { name: "shortlists", role: "agency", path: () => "/shortlists", ready: (p) => p.getByTestId("shortlist-row").first() },
  { name: "shortlist", role: "agency", path: () => "/shortlists/sl_acme_beauty", ready: (p) => p.getByTestId("list-row").first() },
  { name: "compare", role: "agency", path: (f) => `/compare?ids=${f.compareIds.join(",")}`, ready: (p) => p.getByTestId("compare-table") },
  { name: "plan", role: "agency", path: () => "/plan?budget=20000&goal=engagements", ready: (p) => p.getByTestId("option-mixed") },
  { name: "admin", role: "admin", path: () => "/admin", ready: (p) => p.getByRole("heading", { level: 1 }) },
  { name: "imports", role: "admin", path: () => "/admin/imports", ready: (p) => p.getByRole("heading", { name: "Import creators" }) },
  { name: "import-detail", role: "admin", path: (f) => `/admin/imports/${f.importId}`, ready: (p) => p.locator('[data-testid="reject-reasons"][data-count="2"]') },
  { name: "share", role: null, path: (f) => `/share/${f.shareToken}`, ready: (p) => p.getByTestId("shared-row").first() },
];

/** Signed-in contexts, one per role, made once per spec file (a sign-in is a page load and a bcrypt). */
export async function signedInContexts(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}) {
  const contexts = new Map<Role | null, BrowserContext>();
  const states = new Map<Role, Awaited<ReturnType<BrowserContext["storageState"]>>>();
  for (const role of ["admin", "agency", "marketer"] as const) {
    const ctx = await browser.newContext(options);
    const page = await ctx.newPage();
    await signIn(page, USERS[role]);
    await page.close();
    states.set(role, await ctx.storageState());
    contexts.set(role, ctx);
  }
  contexts.set(null, await browser.newContext(options));
  return {
    get: (role: Role | null) => contexts.get(role)!,
    /** The same sessions in new contexts (another viewport, say). */
    clone: async (opts: Parameters<Browser["newContext"]>[0]) => {
      const more = new Map<Role | null, BrowserContext>();
      for (const [role, state] of states) more.set(role, await browser.newContext({ ...opts, storageState: state }));
      more.set(null, await browser.newContext(opts));
      return { get: (role: Role | null) => more.get(role)!, close: () => Promise.all([...more.values()].map((c) => c.close())) };
    },
    close: () => Promise.all([...contexts.values()].map((c) => c.close())),
  };
}

/** Ids the pages need: creators of three tiers to compare, a client link to the seeded list, a finished import. */
export async function preparePages(agency: BrowserContext, baseURL: string): Promise<Fixtures> {
  const { creatorIds, importId } = await withDb(async (c) => {
    const ids = await c.query<{ id: string }>(
      `SELECT DISTINCT ON (tier) id FROM "Creator" WHERE tier IN ('micro', 'mid', 'macro', 'mega') AND 'beauty' = ANY(niches) ORDER BY tier, followers DESC, id`,
    );
    const job = `e2e_layout_import_${Date.now().toString(36)}`;
    await c.query(
      `INSERT INTO "ImportJob" (id, "createdByLabel", "fileName", "fileHash", "fileSize", format, status, "dryRun", "totalRows", "processedRows", "lastCommittedRow", "createdCount", "updatedCount", "unchangedCount", "rejectedCount", "byTier", "startedAt", "finishedAt")
       VALUES ($1, 'Ada Admin <admin@example.com>', 'agency-export-spring.csv', 'e2e', 20480, 'csv', 'completed', false, 120, 120, 120, 100, 12, 3, 5, '{"micro": 60, "mid": 30, "nano": 22}', now() - interval '2 minutes', now())`,
      [job],
    );
    // The job's 5 rejected rows, for two reasons: the page lists them once its first poll answers.
    for (const [i, line, reason] of [[1, 7, 'Followers is not a number: "lots"'], [2, 19, 'Followers is not a number: "lots"'], [3, 44, 'Followers is not a number: "lots"'], [4, 61, "No handle"], [5, 98, "No handle"]] as const) {
      await c.query(`INSERT INTO "ImportRowError" (id, "importJobId", line, reason) VALUES ($1, $2, $3, $4)`, [`${job}_e${i}`, job, line, reason]);
    }
    return { creatorIds: ids.rows.map((r) => r.id), importId: job };
  });
  const res = await agency.request.post("/api/shortlists/sl_acme_beauty/share-links", {
    data: { label: "Layout check", days: 5, columns: ["followers", "engagement", "expectedEngagements", "price", "country"] },
    headers: { origin: baseURL },
  });
  expect(res.status()).toBe(201);
  const { token } = (await res.json()) as { token: string };
  return { creatorId: creatorIds[0]!, compareIds: creatorIds, shareToken: token, importId };
}

/** Opens a page of the list and waits for its data. */
export async function openPage(page: Page, target: AppPage, f: Fixtures) {
  const res = await page.goto(target.path(f));
  expect(res?.status(), target.name).toBeLessThan(400);
  await expect(target.ready(page)).toBeVisible({ timeout: 30_000 });
}
