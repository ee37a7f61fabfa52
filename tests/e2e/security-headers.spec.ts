import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { signIn, snap, USERS } from "./helpers";

type Violation = { directive: string; blocked: string; source: string };

/** Records every CSP violation the page reports, and every console message about one. */
async function watchCsp(page: Page): Promise<{ violations: () => Promise<Violation[]>; console: string[] }> {
  const consoleLines: string[] = [];
  page.on("console", (msg) => {
    // Also Chromium's complaints about the headers themselves (an unknown Permissions-Policy feature).
    if (/content security policy|refused to|permissions-policy/i.test(msg.text())) consoleLines.push(`${page.url()}: ${msg.text()}`);
  });
  // Injected by the browser driver, not as a page script, so the policy under test does not apply.
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { __csp: Violation[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => {
      seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: `${location.pathname} ${e.sourceFile}:${e.lineNumber}` });
    });
  });
  const all: Violation[] = [];
  return {
    console: consoleLines,
    violations: async () => {
      all.push(...(await page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp.splice(0))));
      return all;
    },
  };
}

function expectSecurityHeaders(res: APIResponse | null, kind: "page" | "other") {
  expect(res, "a response").not.toBeNull();
  const h = res!.headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  const csp = h["content-security-policy"];
  expect(csp).toContain("frame-ancestors 'none'");
  if (kind === "page") {
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(/script-src[^;]*/.exec(csp)![0]).not.toContain("unsafe");
  } else {
    expect(csp).toContain("default-src 'none'");
  }
}

test("every kind of response carries the security headers", async ({ page, request }) => {
  expectSecurityHeaders(await request.get("/login"), "page");
  expectSecurityHeaders(await request.get("/", { maxRedirects: 0 }), "page"); // the signed-out redirect
  const api = await request.get("/api/creators");
  expect(api.status()).toBe(401);
  expectSecurityHeaders(api, "other");
  expectSecurityHeaders(await request.get("/favicon.svg"), "other");
  const html = await (await request.get("/login")).text();
  const chunk = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  expect(chunk).toBeTruthy();
  expectSecurityHeaders(await request.get(chunk!), "other");

  await signIn(page, USERS.marketer);
  const missing = await page.request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing, "page");
  // A fresh nonce per response.
  const [a, b] = await Promise.all([page.request.get("/search"), page.request.get("/search")]);
  expect(a.headers()["content-security-policy"]).not.toBe(b.headers()["content-security-policy"]);
});

test("the app has its favicon", async ({ page }) => {
  await page.goto("/login");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", "/favicon.svg");
  const icon = await page.goto("/favicon.svg");
  expect(icon?.status()).toBe(200);
  expect(icon?.headers()["content-type"]).toBe("image/svg+xml");
  await page.setViewportSize({ width: 256, height: 256 });
  await page.screenshot({ path: "test-results/screenshots/favicon.png" });
});

test("no page breaks the Content-Security-Policy, and a script without the nonce is blocked", async ({ page }) => {
  const csp = await watchCsp(page);
  const visited: string[] = [];
  const visit = async (path: string, status = 200) => {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(status);
    expectSecurityHeaders(res as unknown as APIResponse, "page");
    await page.waitForLoadState("networkidle");
    expect(await csp.violations(), `CSP violations on ${path}`).toEqual([]);
    visited.push(path);
  };

  await visit("/login");
  await snap(page, "login-with-csp");
  await signIn(page, USERS.admin); // the form only works if Next's scripts ran under the policy
  await visit("/search?pageSize=10");
  const profile = await page.getByTestId("result-row").first().getByRole("link").first().getAttribute("href");
  const hrefs = await Promise.all([0, 1, 2].map((i) => page.getByTestId("result-row").nth(i).getByRole("link").first().getAttribute("href")));
  const ids = hrefs.map((h) => new URL(h!, "http://x").pathname.split("/").pop());
  await visit(profile!);
  // The charts (inline styles, under the policy) or, for a creator measured once, the note saying so.
  await expect(page.locator(".recharts-surface").or(page.getByText("Only one measurement so far")).first()).toBeVisible();
  await visit("/shortlists");
  await visit("/shortlists/sl_acme_beauty");
  await visit("/shortlists/no-such-list", 404);
  // The agency pages draw recharts charts (inline styles) and post server actions, under the policy.
  await visit(`/compare?ids=${ids.join(",")}`);
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await visit("/plan?budget=5000");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await visit("/admin");
  await visit("/admin/imports");
  await visit("/no-such-page", 404);
  await visit("/creators/no-such-creator", 404);
  await page.goto("/search"); // client-side navigation loads more chunks under the same policy
  await page.getByRole("link", { name: "Shortlists" }).first().click();
  await expect(page).toHaveURL(/\/shortlists$/);
  expect(await csp.violations()).toEqual([]);
  expect(csp.console, "console messages about the policy").toEqual([]);

  // The watcher works: an inline script without the nonce, slipped into the page's HTML, is refused
  // and reported (what an injected <script> would meet).
  await page.route("**/shortlists", async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    await route.fulfill({ response: res, body });
  });
  await page.goto("/shortlists");
  await expect.poll(async () => (await csp.violations()).map((v) => v.directive)).toContainEqual(expect.stringMatching(/^script-src/));
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test("the 403 page renders under the policy too", async ({ page }) => {
  const csp = await watchCsp(page);
  await signIn(page, USERS.marketer);
  const res = await page.goto("/admin");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(await csp.violations()).toEqual([]);
  expect(csp.console).toEqual([]);
});

test("the sign-in limit keys on the socket address, not on X-Forwarded-For or a forged peer header", async ({ playwright, baseURL }) => {
  // A request context of its own, so the browser tests' sign-ins are not slowed by this one.
  const api = await playwright.request.newContext({ baseURL });
  // An account that does not exist: the limit counts it all the same, and no real account is slowed.
  const email = "nobody-e2e@example.test";
  const attempt = async (password: string, i: number) => {
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    const res = await api.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password, json: "true" },
      headers: { "x-forwarded-for": `198.51.100.${i}`, "x-scout-peer-address": `203.0.113.${i}` },
      maxRedirects: 0,
    });
    return (await res.json()).url as string;
  };
  for (let i = 0; i < 5; i++) expect(await attempt("wrong-password", i)).toContain("error=CredentialsSignin");
  // The sixth, with yet another forwarded address and peer header, still has to wait.
  expect(await attempt("wrong-password", 99)).toContain("error=TooManyAttempts");
  await api.dispose();
});
