import { describe, expect, it } from "vitest";
import { FIXED_SECURITY_HEADERS, hstsEnabled, newNonce, NON_DOCUMENT_POLICY, pagePolicy } from "@/lib/security/headers";

const directives = (policy: string) => new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

describe("security headers", () => {
  it("lets a page run only scripts carrying this request's nonce, in production", () => {
    const p = directives(pagePolicy("abc123"));
    expect(p.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(p.get("frame-ancestors")).toEqual(["'none'"]);
    expect(p.get("object-src")).toEqual(["'none'"]);
    expect(p.get("base-uri")).toEqual(["'self'"]);
    expect(p.get("form-action")).toEqual(["'self'"]);
    expect(p.has("upgrade-insecure-requests")).toBe(false);
    expect(directives(pagePolicy("n", { dev: true })).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(pagePolicy("n", { https: true })).has("upgrade-insecure-requests")).toBe(true);
  });

  it("lets nothing run or embed a JSON answer or a file", () => {
    const p = directives(NON_DOCUMENT_POLICY);
    expect(p.get("default-src")).toEqual(["'none'"]);
    expect(p.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("names the fixed headers the issue asks for", () => {
    const h = new Map(FIXED_SECURITY_HEADERS.map(({ key, value }) => [key, value]));
    expect(h.get("X-Content-Type-Options")).toBe("nosniff");
    expect(h.get("X-Frame-Options")).toBe("DENY");
    expect(h.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(h.get("Permissions-Policy")).toContain(`${feature}=()`);
  });

  it("makes a fresh, unguessable nonce every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });

  it("sends HSTS only when asked to", () => {
    expect(hstsEnabled({})).toBe(false);
    expect(hstsEnabled({ SCOUT_HSTS: "0" })).toBe(false);
    expect(hstsEnabled({ SCOUT_HSTS: "1" })).toBe(true);
  });
});
