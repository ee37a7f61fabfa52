import { describe, expect, it } from "vitest";
import { canManageList, canManageShareLinks, compareCodePoints, normaliseShareColumns, shareLinkState, sortListRows, type ListRow } from "@/lib/domain/shortlist";

describe("share links", () => {
  const now = new Date("2026-06-01T12:00:00Z");
  it("is active until it expires or is revoked", () => {
    expect(shareLinkState({ revokedAt: null, expiresAt: new Date("2026-06-02T00:00:00Z") }, now)).toBe("active");
    expect(shareLinkState({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(shareLinkState({ revokedAt: new Date("2026-05-01"), expiresAt: new Date("2027-01-01") }, now)).toBe("revoked");
  });
  it("keeps known columns once, in a fixed order", () => {
    expect(normaliseShareColumns(["price", "bogus", "followers", "price"])).toEqual(["followers", "price"]);
  });
});

describe("who may delete a list and manage its links", () => {
  it("share links: agency and admin only, never a marketer, even on a list they created", () => {
    for (const role of ["AGENCY", "ADMIN"]) expect(canManageShareLinks({ role })).toBe(true);
    expect(canManageShareLinks({ role: "MARKETER" })).toBe(false);
  });

  it("deleting: agency and admin always; a marketer only for the lists they created", () => {
    expect(canManageList({ id: "u1", role: "AGENCY" }, "u2")).toBe(true);
    expect(canManageList({ id: "u1", role: "ADMIN" }, null)).toBe(true);
    expect(canManageList({ id: "u1", role: "MARKETER" }, "u1")).toBe(true);
    expect(canManageList({ id: "u1", role: "MARKETER" }, "u2")).toBe(false);
    expect(canManageList({ id: "u1", role: "MARKETER" }, null)).toBe(false);
  });
});

describe("sorting a list's rows", () => {
  const base: ListRow & { addedAt: Date } = {
    handle: "a", platform: "instagram", displayName: null, country: null, tier: "micro", followers: 1, engagementRate: null, expectedEngagements: null,
    fit: null, authenticityScore: null, priceLow: null, priceHigh: null, priceCurrency: "USD", agreedPrice: null, score: 0, status: "candidate",
    note: null, clientDecision: null, clientComment: null, addedAt: new Date(0),
  };
  const rows = [
    { ...base, handle: "b", engagementRate: 0.02, priceLow: 100, priceHigh: 300 },
    { ...base, handle: "a", engagementRate: null, agreedPrice: 50 },
    { ...base, handle: "c", engagementRate: 0.05 },
  ];
  it("puts missing values last in both directions", () => {
    expect(sortListRows(rows, "er", "desc").map((r) => r.handle)).toEqual(["c", "b", "a"]);
    expect(sortListRows(rows, "er", "asc").map((r) => r.handle)).toEqual(["b", "c", "a"]);
  });
  it("sorts price by the agreed price where there is one", () => {
    expect(sortListRows(rows, "price", "asc").map((r) => r.handle)).toEqual(["a", "b", "c"]);
  });
  it("breaks ties by handle, then platform, in code point order (as PostgreSQL's \"C\" collation)", () => {
    const tied = [
      { ...base, handle: "a_b", platform: "x" },
      { ...base, handle: "a1", platform: "x" },
      { ...base, handle: "a1", platform: "instagram" },
      { ...base, handle: "\u{1F600}", platform: "x" },
      { ...base, handle: "\uFB00", platform: "x" },
    ];
    expect(sortListRows(tied, "er", "desc").map((r) => `${r.handle}/${r.platform}`)).toEqual(["a1/instagram", "a1/x", "a_b/x", "\uFB00/x", "\u{1F600}/x"]);
  });
  it("compares strings by code point, not UTF-16 unit", () => {
    // U+1F600 is stored as surrogates (0xD83D...), below U+FB00 as UTF-16 units, above it as code points.
    expect(compareCodePoints("\u{1F600}", "\uFB00")).toBeGreaterThan(0);
    expect(compareCodePoints("ab", "abc")).toBeLessThan(0);
    expect(compareCodePoints("Zed", "anna")).toBeLessThan(0);
    expect(compareCodePoints("same", "same")).toBe(0);
  });
});
