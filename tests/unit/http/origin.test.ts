import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { sameOriginProblem } from "@/lib/http/origin";
import { proxy } from "@/proxy";

const post = (url: string, headers: Record<string, string>) => new NextRequest(new URL(url), { method: "POST", headers });

describe("same-origin writes: an origin is a scheme and a host (issue 20, INFO)", () => {
  afterEach(() => {
    delete process.env.NEXTAUTH_URL;
  });

  it("refuses a plain-HTTP page of the same host when the site is HTTPS (NEXTAUTH_URL), even behind a TLS proxy", () => {
    process.env.NEXTAUTH_URL = "https://scout.example";
    // Behind the proxy the app sees http://scout.example: the public scheme still decides.
    expect(sameOriginProblem(post("http://scout.example/api/shortlists", { origin: "http://scout.example", host: "scout.example" }))).toMatch(/Cross-origin/);
    expect(sameOriginProblem(post("http://scout.example/api/shortlists", { origin: "https://scout.example", host: "scout.example" }))).toBeNull();
  });

  it("without NEXTAUTH_URL, the request's own scheme", () => {
    expect(sameOriginProblem(post("https://scout.example/api/x", { origin: "http://scout.example" }))).toMatch(/Cross-origin/);
    expect(sameOriginProblem(post("https://scout.example/api/x", { origin: "https://scout.example" }))).toBeNull();
    expect(sameOriginProblem(post("https://scout.example/api/x", { origin: "https://shop.scout.example" }))).toMatch(/Cross-origin/);
    expect(sameOriginProblem(post("https://scout.example/api/x", { origin: "null" }))).toMatch(/Cross-origin/);
    expect(sameOriginProblem(post("https://scout.example/api/x", {}))).toBeNull();
  });
});

describe("a server action posted from another origin (issue 20: it answered 500)", () => {
  it("is refused by proxy.ts with 403 before Next sees it", async () => {
    process.env.NEXTAUTH_SECRET = "unit-test-secret";
    const res = await proxy(post("http://scout.test/shortlists", { origin: "https://evil.example", "next-action": "7f00aa", "content-type": "text/plain;charset=UTF-8" }));
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/Cross-origin request refused/);
  });

  it("from the site itself, passes on to Next", async () => {
    const res = await proxy(post("http://scout.test/shortlists", { origin: "http://scout.test", "next-action": "7f00aa" }));
    expect(res.status).not.toBe(403);
  });
});
