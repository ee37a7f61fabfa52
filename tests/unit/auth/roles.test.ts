import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ADMIN_ONLY, ANY_ROLE, decideAccess, ROLES, safeCallbackPath, safeRedirectUrl, type Role, type SessionUser } from "@/lib/auth/roles";

const user = (role: Role): SessionUser => ({
  id: `u-${role}`, email: `${role}@example.com`, name: null, role, organizationId: "org-1", organizationName: "Org",
});

describe("decideAccess (the one guard's decision)", () => {
  it("refuses a signed-out visitor with 401 whatever the page", () => {
    for (const allowed of [ANY_ROLE, ADMIN_ONLY]) {
      expect(decideAccess(null, allowed)).toMatchObject({ ok: false, status: 401 });
      expect(decideAccess(undefined, allowed)).toMatchObject({ ok: false, status: 401 });
    }
  });

  it.each(ROLES)("lets %s into pages open to every role", (role) => {
    const decision = decideAccess(user(role), ANY_ROLE);
    expect(decision).toEqual({ ok: true, user: user(role) });
  });

  it("lets only ADMIN into admin pages; others get 403 with the reason", () => {
    expect(decideAccess(user("ADMIN"), ADMIN_ONLY).ok).toBe(true);
    for (const role of ["AGENCY", "MARKETER"] as const) {
      const decision = decideAccess(user(role), ADMIN_ONLY);
      expect(decision).toMatchObject({ ok: false, status: 403 });
      expect(!decision.ok && decision.message).toContain(role);
    }
  });
});

describe("safeCallbackPath (after sign-in)", () => {
  it("keeps paths on this site and refuses anything a browser reads as another host", () => {
    expect(safeCallbackPath("/search?q=anna")).toBe("/search?q=anna");
    expect(safeCallbackPath(["/shortlists", "/admin"])).toBe("/shortlists");
    for (const bad of ["//evil.example", "/\\evil.example", "https://evil.example", "evil", "", undefined]) expect(safeCallbackPath(bad)).toBe("/search");
  });
});

// How a browser follows a Location header: resolved against the page it came from (WHATWG URL).
const SITE = "https://scout.example";
const followed = (location: string) => new URL(location, `${SITE}/login`);

describe("safeCallbackPath: no way off the site (issue 20: /login?callbackUrl=/%09/evil.example)", () => {
  it("refuses the reported payloads, as the login page receives them from its query string", () => {
    for (const query of ["callbackUrl=/%09/evil.example", "callbackUrl=/%0a/evil.example", "callbackUrl=/%0d%0a/evil.example", "callbackUrl=/%5C/evil.example", "callbackUrl=/./%2F/evil.example", "callbackUrl=/.//evil.example", "callbackUrl=/%00/evil"]) {
      const raw = new URLSearchParams(query).get("callbackUrl")!;
      const out = safeCallbackPath(raw);
      expect(followed(out).origin, query).toBe(SITE);
      expect(out, query).not.toMatch(/[\u0000-\u0020\u007f\\]/);
    }
  });

  it("keeps a plain path with its query and fragment", () => {
    expect(safeCallbackPath("/shortlists/abc?tab=items#top")).toBe("/shortlists/abc?tab=items#top");
    expect(safeCallbackPath("/search?q=caf%C3%A9")).toBe("/search?q=caf%C3%A9");
  });

  it("answers, for any text, a path a browser resolves on this site, with nothing a header cannot carry", () => {
    const tricky = fc.constantFrom("/", "\\", "\t", "\n", "\r", " ", ".", "%", "2", "f", "F", "0", "9", "a", "e", ":", "@", "?", "#", "\u0000", "\u00a0", "\u3002", "\uff0f", "evil.example", "http:", "//");
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 12 }), (parts) => {
        const out = safeCallbackPath(`/${parts.join("")}`);
        expect(followed(out).origin).toBe(SITE);
        expect(out.startsWith("/") && !out.startsWith("//")).toBe(true);
        expect(out).not.toMatch(/[\u0000-\u0020\u007f-\uffff\\]/);
      }),
      { numRuns: 2000 },
    );
  });

  it("next-auth's redirect callback keeps the site and its paths, and refuses the rest", () => {
    expect(safeRedirectUrl("/shortlists", SITE)).toBe(`${SITE}/shortlists`);
    expect(safeRedirectUrl(`${SITE}/plan?budget=5`, SITE)).toBe(`${SITE}/plan?budget=5`);
    for (const bad of ["https://evil.example/", "//evil.example", "/\t/evil.example", "/\n/evil.example", "http://scout.example/x", "javascript:alert(1)"]) {
      expect(new URL(safeRedirectUrl(bad, SITE)).origin, bad).toBe(SITE);
      expect(safeRedirectUrl(bad, SITE)).toBe(`${SITE}/search`);
    }
  });
});
