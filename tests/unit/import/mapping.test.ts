import { describe, expect, it } from "vitest";
import { suggestMapping } from "@/lib/import/mapping";
import { normalizeHandle, normalizeRow, resolveMapping } from "@/lib/import/normalize";
import { csvCell } from "@/lib/import/rejected-csv";
import { countryCode } from "@/lib/import/text";

describe("mapping suggestions from real export headers", () => {
  it("top_insta_influencers_data.csv", () => {
    const s = suggestMapping(["rank", "channel_info", "influence_score", "posts", "followers", "avg_likes", "60_day_eng_rate", "new_post_avg_like", "total_likes", "country"]);
    expect(s.columns).toMatchObject({ handle: "channel_info", followers: "followers", posts: "posts", avgLikes: "avg_likes", engagementRate: "60_day_eng_rate", country: "country" });
    expect(s.platform).toBeNull(); // nothing names the platform: the admin chooses
  });
  it("smi_instagram_2022.csv (header names broken over lines)", () => {
    const s = suggestMapping(["Influencer insta name", "instagram name", "category_1", "category_2", "Followers", "Audience country(mostly)", "Authentic engagement", "Engagement avg"]);
    expect(s.columns).toMatchObject({ handle: "Influencer insta name", displayName: "instagram name", niche: "category_1", niche2: "category_2", followers: "Followers", country: "Audience country(mostly)", avgEngagements: "Engagement avg" });
    expect(s.columns.engagementRate).toBeUndefined();
    expect(s.platform).toEqual({ mode: "fixed", value: "instagram" });
  });
  it("kim dataset and YouTube export", () => {
    expect(suggestMapping(["Username", "Category", "#Followers", "#Followees", "#Posts"]).columns).toEqual({ handle: "Username", niche: "Category", followers: "#Followers", following: "#Followees", posts: "#Posts" });
    const y = suggestMapping(["youtuber name", "channel name", "Category", "Subscribers count", "Audience Country", "avg views"]);
    expect(y.columns).toMatchObject({ handle: "youtuber name", displayName: "channel name", followers: "Subscribers count", avgViews: "avg views" });
    expect(y.platform).toEqual({ mode: "fixed", value: "youtube" });
  });
});

describe("row normalisation", () => {
  const headers = ["handle", "followers", "likes", "country", "platform"];
  const m = resolveMapping({ columns: { handle: "handle", followers: "followers", avgLikes: "likes", country: "country" }, platform: { mode: "column", column: "platform" } }, headers);

  it("normalises handles from @names and profile URLs", () => {
    expect(normalizeHandle("@Cristiano")).toBe("cristiano");
    expect(normalizeHandle("https://www.instagram.com/Leo.Messi/?hl=en")).toBe("leo.messi");
    expect(normalizeHandle("youtube.com/@MrBeast")).toBe("mrbeast");
    expect(normalizeHandle("   ")).toBeNull();
  });
  it("parses counts and countries, and explains rejections", () => {
    const ok = normalizeRow(["@Ana", "1,2M", "3.4k", "CÃ´te d'Ivoire", "IG"], m);
    expect(ok).toMatchObject({ ok: true, creator: { handle: "ana", platform: "instagram", followers: 1_200_000, avgLikes: 3400, country: "CI" } });
    expect(normalizeRow(["ana", "lots", "", "", "instagram"], m)).toEqual({ ok: false, reason: 'followers: not a number: "lots"' });
    expect(normalizeRow(["ana", "N/A", "", "", "instagram"], m)).toMatchObject({ ok: false, reason: expect.stringMatching(/followers is missing/) });
    expect(normalizeRow(["ana", "10", "", "", "myspace"], m)).toMatchObject({ ok: false, reason: expect.stringMatching(/unknown platform "myspace"/) });
    expect(normalizeRow(["", "10", "", "", "tiktok"], m)).toEqual({ ok: false, reason: "handle is empty" });
  });
  it("refuses, row by row, values no column can hold and platform names that are object keys", () => {
    // A count past int4 would fail the whole batch in the database; it is this row's error instead.
    expect(normalizeRow(["ana", "10", "2.28E+11", "", "instagram"], m)).toEqual({ ok: false, reason: 'average likes "2.28E+11" reads as 228,000,000,000: over 1 billion per post, not possible' });
    expect(normalizeRow(["ana", "3e9", "", "", "instagram"], m)).toEqual({ ok: false, reason: 'followers "3e9" reads as 3,000,000,000: over 1 billion followers, not possible' });
    for (const name of ["constructor", "__proto__", "toString"]) {
      expect(normalizeRow(["ana", "10", "", "", name], m)).toMatchObject({ ok: false, reason: expect.stringMatching(/unknown platform/) });
    }
  });
  it("keeps only web links as profile URLs", () => {
    const mm = resolveMapping({ columns: { handle: "h", followers: "f", profileUrl: "u" }, platform: { mode: "fixed", value: "x" } }, ["h", "f", "u"]);
    expect(normalizeRow(["a", "1", "javascript:alert(1)"], mm)).toMatchObject({ ok: true, creator: { profileUrl: null } });
    expect(normalizeRow(["a", "1", "https://x.com/a"], mm)).toMatchObject({ ok: true, creator: { profileUrl: "https://x.com/a" } });
  });
  it("country names and codes", () => {
    expect(countryCode("United States")).toBe("US");
    expect(countryCode("uk")).toBe("GB");
    expect(countryCode("Narnia")).toBeNull();
  });
});

describe("rejected-rows CSV", () => {
  it("keeps formula-like cells as text and quotes separators", () => {
    expect(csvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@a")).toBe("'@a");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("plain")).toBe("plain");
  });
});
