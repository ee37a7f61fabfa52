import { describe, expect, it } from "vitest";
import { ADMIN_ONLY, ANY_ROLE, decideAccess, ROLES, safeCallbackPath, type Role, type SessionUser } from "@/lib/auth/roles";

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
    for (const bad of ["//evil.example", "/\\evil.example", "https://evil.example", "evil", "", undefined]) expect(safeCallbackPath(bad)).toBe("/");
  });
});
