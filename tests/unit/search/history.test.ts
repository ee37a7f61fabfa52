import { describe, expect, it } from "vitest";
import { historySeries, tierChanges } from "@/lib/search/history";

const snap = (date: string, followers: number, er: number | null, tier: "nano" | "micro" | "mid") => ({ capturedAt: new Date(date), followers, engagementRate: er, tier });

describe("profile history", () => {
  it("orders snapshots by date, appends the current metrics and shows engagement in percent", () => {
    const series = historySeries([snap("2026-03-01", 9_500, 0.0312, "nano"), snap("2026-01-01", 8_000, null, "nano")], snap("2026-05-01", 12_000, 0.02, "micro"));
    expect(series).toEqual([
      { date: "2026-01-01", followers: 8_000, erPercent: null },
      { date: "2026-03-01", followers: 9_500, erPercent: 3.12 },
      { date: "2026-05-01", followers: 12_000, erPercent: 2 },
    ]);
  });

  it("does not duplicate the current metrics when a snapshot has the same date", () => {
    expect(historySeries([snap("2026-05-01", 11_000, 0.02, "micro")], snap("2026-05-01", 12_000, 0.02, "micro"))).toHaveLength(1);
  });

  it("lists each tier change with its date", () => {
    const changes = tierChanges([snap("2026-01-01", 8_000, null, "nano"), snap("2026-02-01", 10_500, null, "micro"), snap("2026-03-01", 10_700, null, "micro")], snap("2026-04-01", 60_000, null, "mid"));
    expect(changes).toEqual([
      { date: "2026-02-01", from: "nano", to: "micro" },
      { date: "2026-04-01", from: "micro", to: "mid" },
    ]);
  });
});
