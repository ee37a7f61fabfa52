import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suggestMapping } from "@/lib/import/mapping";
import { resolveColumnReading } from "@/lib/domain/plausibility";
import { headerClaim, headerWords } from "@/lib/import/mapping/header";
import { readNumberCell } from "@/lib/import/number-columns";

// Adversarial cases from the review of unseen exports: generated rows, never a reviewer's file.
const rowsOf = (n: number, f: (i: number) => string[]) => Array.from({ length: n }, (_, i) => f(i));

describe("fractional rates are no counts", () => {
  it("a column of fractions (0.0205 for 2.05%) under “Engagement” is the engagement rate, never average engagements", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 5, max: 999 }), { minLength: 20, maxLength: 80 }), (bp) => {
      const rows = bp.map((b, i) => [`Name ${i}`, `handle_${i}`, String(10_000 + i * 37), String(b / 10_000), String(100 + i)]);
      const s = suggestMapping(["Name", "IG Handle", "Followers", "Engagement", "Fee (USD)"], { rows });
      expect(s.columns.avgEngagements).toBeUndefined();
      expect(s.columns.engagementRate).toBe("Engagement");
      expect(s.columns.followers).toBe("Followers");
    }), { numRuns: 30 });
  });
  it("fractions are vetoed for every count field", () => {
    const rows = rowsOf(40, (i) => [`h_${i}`, String(20_000 + i), String(0.01 + i / 1000)]);
    for (const h of ["Avg likes", "Posts", "Following", "Avg views"]) {
      const s = suggestMapping(["Handle", "Followers", h], { rows });
      expect(Object.values(s.columns)).not.toContain(h);
    }
  });
});

describe("prices are no post counts", () => {
  it("“Preis pro Post” with euro amounts is the price, not the posts", () => {
    const rows = rowsOf(40, (i) => [`Name ${i}`, `handle.${i}`, `${20 + i} Tsd.`, `${(1000 + i * 313).toLocaleString("de-DE")} €`]);
    const s = suggestMapping(["Name", "Instagram-Profil", "Abonnenten", "Preis pro Post"], { rows });
    expect(s.columns.posts).toBeUndefined();
    expect(s.columns.price).toBe("Preis pro Post");
  });
  it("a price column of grouped thousands is read as thousands, never as three decimals", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1000, max: 99_999 }), { minLength: 5, maxLength: 40 }), fc.boolean(), (amounts, euro) => {
      const cells = amounts.map((a) => (euro ? `${a.toLocaleString("de-DE")} €` : `$${a.toLocaleString("en-US")}`));
      const { reading } = resolveColumnReading("price", "Price", cells);
      cells.forEach((c, i) => expect(readNumberCell("price", c, reading).value).toBe(amounts[i]));
    }), { numRuns: 50 });
  });
  it("price words in any language rule out the posts count", () => {
    for (const h of ["Preis pro Post", "Precio por post", "Prix par post", "Preço por post", "Tarif post", "Tarifa post", "Fee per post", "Kosten pro Post", "Costo por post", "投稿価格", "포스트 가격"]) {
      expect(headerClaim("posts", h).score, h).toBe(0);
    }
  });
  it("currency amounts are vetoed for count fields whatever the header", () => {
    const rows = rowsOf(40, (i) => [`h_${i}`, String(20_000 + i), `$${300 + i}`]);
    const s = suggestMapping(["Handle", "Followers", "Posts"], { rows });
    expect(s.columns.posts).toBeUndefined();
  });
});

describe("multi-platform rows (one platform per file)", () => {
  const header = ["name", "email", "instagram_username", "instagram_followers", "tiktok_username", "tiktok_followers", "youtube_channel", "youtube_subscribers", "country"];
  const rows = rowsOf(60, (i) => [`Kai Park ${i}`, `kai${i}@mail.com`, `ig.user${i}`, String(3000 + i * 101), `tt_user${i}`, String(2000 + i * 77), i % 5 ? `https://www.youtube.com/@Chan${i}` : "", String(16_000 + i), "DE"]);
  it("the handle column's platform binds the platform and the followers; another platform's URL is no profile URL", () => {
    const s = suggestMapping(header, { rows });
    expect(s.columns.handle).toBe("instagram_username");
    expect(s.platform).toEqual({ mode: "fixed", value: "instagram" });
    expect(s.platformReason).toMatch(/handle column “instagram_username” names Instagram/);
    expect(s.columns.followers).toBe("instagram_followers");
    expect(s.columns.profileUrl).toBeUndefined();
    expect(s.notes.join(" ")).toMatch(/not imported/);
  });
  it("with --platform instagram the instagram columns win clearly", () => {
    const s = suggestMapping(header, { rows, platform: "instagram" });
    expect(s.columns.handle).toBe("instagram_username");
    expect(s.columns.followers).toBe("instagram_followers");
    expect(s.columns.profileUrl).toBeUndefined();
    const f = s.fields.find((x) => x.field === "handle")!;
    expect(f.reason).not.toMatch(/fits almost as well/);
  });
  it("with --platform tiktok the tiktok columns are chosen", () => {
    const s = suggestMapping(header, { rows, platform: "tiktok" });
    expect(s.columns.handle).toBe("tiktok_username");
    expect(s.columns.followers).toBe("tiktok_followers");
    expect(s.notes.join(" ")).toMatch(/“instagram_username”.*not imported/);
  });
});

describe("header words", () => {
  it("TikTok and YouTube stay one word and name a handle", () => {
    expect(headerWords("TikTok")).toEqual(["tiktok"]);
    expect(headerWords("YouTube channel")).toEqual(["youtube", "channel"]);
    expect(headerWords("avgLikes")).toEqual(["avg", "like"]);
    expect(headerClaim("handle", "TikTok").score).toBeGreaterThan(0);
    expect(headerClaim("handle", "YouTube").score).toBeGreaterThan(0);
  });
  it("French averages: “Likes moyens” scores as high as “Avg likes”", () => {
    for (const h of ["Likes moyens", "Vues moyennes", "Commentaires moy."]) {
      const field = h.startsWith("Likes") ? "avgLikes" : h.startsWith("Vues") ? "avgViews" : "avgComments";
      expect(headerClaim(field, h).score, h).toBeGreaterThanOrEqual(0.95);
    }
  });
});

describe("audience columns and live viewers", () => {
  it("“Audience country” is not the creator's country", () => {
    const rows = rowsOf(40, (i) => [`h_${i}`, String(20_000 + i), ["US", "DE", "FR"][i % 3]!]);
    for (const h of ["Audience country", "Audience location", "Top audience country"]) {
      const s = suggestMapping(["Handle", "Followers", h], { rows });
      expect(s.columns.country, h).toBeUndefined();
    }
    const lang = suggestMapping(["Handle", "Followers", "Audience language"], { rows: rowsOf(40, (i) => [`h_${i}`, String(20_000 + i), ["en", "de", "fr"][i % 3]!]) });
    expect(lang.columns.language).toBeUndefined();
  });
  it("“Avg viewers” (concurrent viewers) is not average views per post", () => {
    const rows = rowsOf(40, (i) => [`h_${i}`, String(20_000 + i), String(300 + i)]);
    const s = suggestMapping(["Handle", "Followers", "Avg viewers"], { rows });
    expect(s.columns.avgViews).toBeUndefined();
  });
});
