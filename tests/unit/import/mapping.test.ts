import { describe, expect, it } from "vitest";
import { suggestMapping } from "@/lib/import/mapping";
import { normalizeHandle, normalizeRow, resolveMapping } from "@/lib/import/normalize";
import { csvCell } from "@/lib/import/rejected-csv";
import { countryCode } from "@/lib/import/text";

// Adversarial cases modelled on the failures of the header-only mapper (issue #11).
const rowsOf = (n: number, f: (i: number) => string[]) => Array.from({ length: n }, (_, i) => f(i));

describe("mapping suggestions from header and content", () => {
  it("two name columns: the display name (with spaces) is never the handle", () => {
    const s = suggestMapping(["Nickname", "Name", "Fans", "Likes"], { rows: rowsOf(50, (i) => [`Ana Ruiz ${i}`, `ana.ruiz${i}`, String(10_000 + i), String(500 + i)]) });
    expect(s.columns).toMatchObject({ handle: "Name", displayName: "Nickname", followers: "Fans" });
    expect(s.rejected.map((r) => r.reason).join(" ")).not.toContain("Name” is not");
  });
  it("a channel-statistics export: category words are no handle, a country statistic is no price", () => {
    const cats = ["Music", "Gaming", "Education", "Comedy"];
    const s = suggestMapping(["Rank", "Channel", "Channel name", "Subscribers", "Rate"], { rows: rowsOf(200, (i) => [String(i + 1), cats[i % 4]!, `Some Channel ${i}`, String(90_000 + i), String(3 + (i % 8))]) });
    expect(s.columns.handle).toBeUndefined();
    expect(s.columns.price).toBeUndefined();
    expect(s.columns.followers).toBe("Subscribers");
    expect(s.confident).toBe(false);
    expect(s.rejected.map((r) => r.reason)).toEqual(expect.arrayContaining([
      expect.stringMatching(/“Channel” is not handle \/ username: 100% of values are category words/),
      expect.stringMatching(/“Rate” is not price per post: values up to 10 are too small/),
    ]));
    expect(s.nameColumn).toBe("Channel name");
  });
  it("a column of words that are not platforms is no platform column", () => {
    const s = suggestMapping(["Platform", "Handle", "Followers"], { rows: rowsOf(30, (i) => [["Music", "Gaming"][i % 2]!, `h${i}_x`, String(5000 + i)]) });
    expect(s.platform).toBeNull();
  });
  it("headers match whole words, not parts of words", () => {
    const rows = rowsOf(20, (i) => [`u${i}_name`, String(20_000 + i), `${2 + (i % 5)}.5%`, `$${500 + i}`]);
    const s = suggestMapping(["Username", "Followers", "Engagement rate", "Price (USD)"], { rows });
    expect(s.columns).toMatchObject({ engagementRate: "Engagement rate", price: "Price (USD)" });
    const t = suggestMapping(["Username", "Followers", "Channelling score"], { rows: rows.map((r) => [r[0]!, r[1]!, "7"]) });
    expect(Object.values(t.columns)).not.toContain("Channelling score");
  });
  it("each suggestion says how sure it is and why", () => {
    const s = suggestMapping(["TikTok username", "Followers"], { rows: rowsOf(40, (i) => [`@creator_${i}`, String(1000 * (i + 1))]) });
    const h = s.fields.find((f) => f.field === "handle")!;
    expect(h.confidence).toBeGreaterThanOrEqual(0.9);
    expect(h.reason).toMatch(/^100% of values look like TikTok handles; all unique; 100% written with @/);
    expect(s.platform).toEqual({ mode: "fixed", value: "tiktok" });
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
    expect(normalizeRow(["ana", "10", "2.28E+11", "", "instagram"], m)).toEqual({ ok: false, reason: "average likes 228000000000 is beyond any real account" });
    expect(normalizeRow(["ana", "3e9", "", "", "instagram"], m)).toEqual({ ok: false, reason: "followers 3000000000 is beyond any real account" });
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

describe("handles on import rows", () => {
  const mm = (handleFrom?: "name") => resolveMapping({ columns: { handle: "h", followers: "f", profileUrl: "u" }, platform: { mode: "fixed", value: "tiktok" }, ...(handleFrom ? { handleFrom } : {}) }, ["h", "f", "u"]);
  it("a value that cannot be a handle on the platform is rejected with the reason, never stored", () => {
    expect(normalizeRow(["Ana Ruiz", "1000", ""], mm())).toEqual({ ok: false, reason: expect.stringMatching(/^"Ana Ruiz" is not a TikTok handle: it has spaces/) });
    expect(normalizeRow(["Fitness & Gym", "1000", ""], mm())).toMatchObject({ ok: false });
  });
  it("a profile URL supplies the handle of a row that has none", () => {
    expect(normalizeRow(["", "1000", "https://www.tiktok.com/@Ana.Ruiz?lang=en"], mm())).toMatchObject({ ok: true, creator: { handle: "ana.ruiz" } });
  });
  it("keyed on channel names, a name is kept as written and two names never merge", () => {
    expect(normalizeRow(["Crème Brûlée  TV", "1000", ""], mm("name"))).toMatchObject({ ok: true, creator: { handle: "crème brûlée tv" } });
    expect(normalizeRow(["Creme Brulee TV", "1000", ""], mm("name"))).toMatchObject({ ok: true, creator: { handle: "creme brulee tv" } });
  });
});

describe("totals beside averages", () => {
  it("an average field takes the average, never the total, in any of the languages", () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`u_${i}`, String(50_000 + i * 17), String(900_000 + i), String(1_200 + i)]);
    for (const [total, avg] of [["Total likes", "Avg likes"], ["Likes count", "Average likes count"], ["Gefällt mir gesamt", "Ø Gefällt mir"], ["Me gusta totales", "Promedio de me gusta"], ["총 좋아요", "평균 좋아요"], ["いいね合計", "平均いいね"]]) {
      const s = suggestMapping(["Username", "Followers", total!, avg!], { rows, platform: "instagram" });
      expect({ total, avgLikes: s.columns.avgLikes }).toEqual({ total, avgLikes: avg });
    }
  });
});
