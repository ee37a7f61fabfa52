import { describe, expect, it, vi } from "vitest";

// Two fields whose header claims on one column nearly tie: the content decides, and the reason says so.
// The vocabulary makes such a tie rare (price words now rule out posts), so the header's claims are stubbed.
vi.mock("@/lib/import/mapping/header", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/import/mapping/header")>();
  return {
    ...real,
    headerClaim: (field: string, header: string) => {
      if (header !== "Ambiguous") return real.headerClaim(field as never, header);
      if (field === "followers") return { score: 1, why: "the header names followers" };
      if (field === "posts") return { score: 0.69, why: "the header names posts" };
      return { score: 0, why: null };
    },
  };
});

const { suggestMapping } = await import("@/lib/import/mapping");

describe("a tie between two fields on one column", () => {
  it("goes to the field the content supports, and says so", () => {
    // Small whole numbers: a weak follower count (fit 0.55), a good post count (fit 1).
    const rows = Array.from({ length: 40 }, (_, i) => [`h_${i}`, String(20 + i)]);
    const s = suggestMapping(["Handle", "Ambiguous"], { rows, platform: "instagram" });
    expect(s.columns.posts).toBe("Ambiguous");
    expect(s.columns.followers).toBeUndefined();
    expect(s.fields.find((f) => f.field === "posts")!.reason).toMatch(/its values fit posts \/ videos better than followers \/ subscribers/);
  });
});
