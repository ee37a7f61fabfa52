import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const get = (path: string) => proxy(new NextRequest(new URL(path, "http://scout.test")));
const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

describe("proxy.ts", () => {
  beforeAll(() => {
    process.env.NEXTAUTH_SECRET = "unit-test-secret";
  });

  it("sends a signed-out page visit to the login page, with the page policy on the redirect", async () => {
    const res = await get("/shortlists?x=1");
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("http://scout.test/login?callbackUrl=%2Fshortlists%3Fx%3D1");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("lets the login page through and hands Next the nonce it puts in the response's policy", async () => {
    const res = await get("/login");
    expect(res.headers.get("location")).toBeNull();
    const nonce = nonceOf(res.headers.get("content-security-policy"));
    expect(nonce).toBeTruthy();
    // NextResponse.next({ request: { headers } }) passes request headers on as x-middleware-request-*.
    expect(res.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(nonceOf(res.headers.get("x-middleware-request-content-security-policy"))).toBe(nonce);
    expect(nonceOf((await get("/login")).headers.get("content-security-policy"))).not.toBe(nonce);
  });

  it("never redirects the API or a public file, and gives them a policy under which nothing runs", async () => {
    for (const path of ["/api/creators", "/api/shortlists/x/items", "/favicon.svg", "/robots.txt"]) {
      const res = await get(path);
      expect(res.headers.get("location"), path).toBeNull();
      expect(res.headers.get("content-security-policy"), path).toContain("default-src 'none'");
    }
  });

  it("adds HSTS only with SCOUT_HSTS=1", async () => {
    expect((await get("/login")).headers.get("strict-transport-security")).toBeNull();
    process.env.SCOUT_HSTS = "1";
    try {
      expect((await get("/login")).headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      expect((await get("/api/creators")).headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    } finally {
      delete process.env.SCOUT_HSTS;
    }
  });
});
