// The one formatting module: unit costs, counts, plurals, platform names, dates and ages.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFigure } from "@/lib/domain/campaigns";
import { avatarInitials, formatAge, formatAxisDate, formatCount, formatDate, formatDateTime, formatMoneyExact, formatPlatform, formatUnitCost, plural } from "@/lib/domain/format";

describe("formatUnitCost", () => {
  it("always shows cents, so a column reads one way", () => {
    expect(formatUnitCost(6)).toBe("$6.00");
    expect(formatUnitCost(6.74)).toBe("$6.74");
    expect(formatUnitCost(0.1)).toBe("$0.10");
    expect(formatUnitCost(1234.5)).toBe("$1,234.50");
    expect(formatUnitCost(2.5, "EUR")).toBe("€2.50");
    expect(formatUnitCost(2.5, "CHF")).toBe("CHF 2.50");
  });
  it("never shows a positive cost as $0", () => {
    expect(formatUnitCost(0.004)).toBe("< $0.01");
    expect(formatUnitCost(0.0001)).toBe("< $0.01");
    expect(formatUnitCost(0.005)).toBe("$0.01");
    expect(formatUnitCost(0)).toBe("$0.00");
    fc.assert(fc.property(fc.double({ min: 1e-9, max: 1e6, noNaN: true }), (x) => !/^\$0\.00$/.test(formatUnitCost(x))));
  });
  it("unknown is a dash", () => {
    expect(formatUnitCost(null)).toBe("—");
    expect(formatUnitCost(Number.NaN)).toBe("—");
  });
});

describe("counts and plurals", () => {
  it("exact where a person acts, compact where they scan", () => {
    expect(formatCount(1951, "exact")).toBe("1,951");
    expect(formatCount(1500, "exact")).toBe("1,500");
    expect(formatCount(1951)).toBe("2K");
  });
  it("agrees in number", () => {
    expect(plural(1, "data point")).toBe("1 data point");
    expect(plural(4, "data point")).toBe("4 data points");
    expect(plural(0, "row")).toBe("0 rows");
    expect(plural(1500, "creator")).toBe("1,500 creators");
    expect(plural(2, "reply", "replies")).toBe("2 replies");
  });
});

describe("platform names", () => {
  it("as the platforms write them", () => {
    expect(formatPlatform("tiktok")).toBe("TikTok");
    expect(formatPlatform("youtube")).toBe("YouTube");
    expect(formatPlatform("instagram")).toBe("Instagram");
    expect(formatPlatform("x")).toBe("X");
    expect(formatPlatform("TikTok")).toBe("TikTok");
    expect(formatPlatform(null)).toBe("—");
  });
});

describe("dates", () => {
  it("calendar dates and times in UTC", () => {
    expect(formatDate(new Date(Date.UTC(2026, 11, 6, 23, 59)))).toBe("2026-12-06");
    expect(formatDate("2026-01-02T00:30:00Z")).toBe("2026-01-02");
    expect(formatDate(null)).toBe("—");
    expect(formatDate("not a date")).toBe("—");
    expect(formatDateTime(new Date(Date.UTC(2026, 11, 6, 14, 5)))).toBe("2026-12-06 14:05 UTC");
  });
  it("axis dates name the month, and the year when it is not the reference year", () => {
    expect(formatAxisDate(Date.UTC(2026, 8, 6), 2026)).toBe("Sep 6");
    expect(formatAxisDate(Date.UTC(2025, 11, 31), 2026)).toBe("Dec 31, 2025");
  });
  it("ages in whole days", () => {
    const now = new Date(Date.UTC(2026, 11, 6, 12));
    expect(formatAge(new Date(Date.UTC(2026, 11, 6, 1)), now)).toBe("today");
    expect(formatAge(new Date(Date.UTC(2026, 11, 5, 11)), now)).toBe("1 day old");
    expect(formatAge(new Date(Date.UTC(2026, 10, 1, 12)), now)).toBe("35 days old");
    expect(formatAge(null, now)).toBe("age unknown");
  });
});

describe("avatarInitials", () => {
  it("two letters of one script", () => {
    expect(avatarInitials("Zoe Tanaka", "zoe_tanakavy")).toBe("ZT");
    expect(avatarInitials(null, "beautywithdiego")).toBe("BE");
    expect(avatarInitials("Élodie Brun", "x")).toBe("ÉB");
    expect(avatarInitials("Анна Петрова", "x")).toBe("АП");
  });
  it("never mixes scripts", () => {
    expect(avatarInitials("Hana 하나", "hana")).toBe("HA");
    expect(avatarInitials("H하", "x")).toBe("H");
    expect(avatarInitials("하나 Kim", "x")).toBe("하");
    expect(avatarInitials("山田 太郎", "x")).toBe("山");
    expect(avatarInitials("", "@@")).toBe("?");
    fc.assert(fc.property(fc.string(), fc.string(), (name, handle) => {
      const out = avatarInitials(name, handle);
      const chars = Array.from(out);
      if (chars.length < 2) return true;
      const latin = (c: string) => /\p{Script=Latin}/u.test(c);
      return latin(chars[0]!) === latin(chars[1]!);
    }));
  });
});

describe("money a person signs off: exact", () => {
  it("whole units however large, where formatMoney would scan as $11K", () => {
    expect(formatMoneyExact(10_967)).toBe("$10,967");
    expect(formatMoneyExact(20_000)).toBe("$20,000");
    expect(formatMoneyExact(-1_250)).toBe("-$1,250");
    expect(formatMoneyExact(4.5)).toBe("$4.50");
    expect(formatMoneyExact(null)).toBe("—");
  });
  it("a campaign report: totals exact, costs per unit with cents in every row", () => {
    expect(formatFigure("money", 10_967.4)).toBe("$10,967");
    expect(formatFigure("perMoney", 8.13)).toBe("$8.13");
    expect(formatFigure("perMoney", 16)).toBe("$16.00");
    expect(formatFigure("perMoney", 0.004)).toBe("< $0.01");
  });
});
