import { expect, test } from "@playwright/test";
import { signIn, snap, USERS } from "./helpers";

// Over HTTP against the production build: what a stolen or replayed session cookie, and a request
// from another origin carrying it, can still do. (Demotion, moves and deletion: tests/integration/session.test.ts.)

test("a session cookie replayed after sign-out gets 401 from the API and the login page for pages", async ({ page, playwright, baseURL }) => {
  await signIn(page, USERS.agency);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toBeTruthy();
  const replay = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `${cookie!.name}=${cookie!.value}` } });
  expect((await replay.get("/api/shortlists")).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await snap(page, "signed-out");

  const res = await replay.get("/api/shortlists");
  expect(res.status()).toBe(401);
  expect((await res.json()).error.code).toBe("unauthenticated");
  const pageRes = await replay.get("/shortlists", { maxRedirects: 0 });
  expect([302, 303, 307]).toContain(pageRes.status());
  expect(pageRes.headers().location).toContain("/login");
  await replay.dispose();
});

test("a POST with the user's cookie from a sibling origin or as a form is refused, and odd input is a 4xx", async ({ page }) => {
  await signIn(page, USERS.marketer);
  const api = page.request;
  const lists = await (await api.get("/api/shortlists")).json();
  const creators = await (await api.get("/api/creators?pageSize=1")).json();
  const list = lists.items[0]?.id ?? "none";
  const creatorId = creators.items[0].id;
  const before = lists.items[0]?.size;

  const sibling = await api.post(`/api/shortlists/${list}/items`, { data: { creatorId }, headers: { origin: "http://shop.127.0.0.1.nip.io" } });
  expect(sibling.status()).toBe(403);
  const form = await api.post(`/api/shortlists/${list}/items`, { form: { creatorId } });
  expect(form.status()).toBe(415);
  const after = await (await api.get("/api/shortlists")).json();
  expect(after.items[0]?.size).toBe(before);

  expect((await api.get("/api/creators?constructor=1&toString=2&valueOf=3&__proto__=4&pageSize=1")).status()).toBe(200);
  expect((await api.get("/api/creators?q=a%00b")).status()).toBe(400);
  expect((await api.get("/api/creators?niche=%00")).status()).toBe(400);
});
