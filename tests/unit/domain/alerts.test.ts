import { describe, expect, it } from "vitest";
import { DEFAULT_ALERT_SETTINGS, describeAlert, evaluateAlerts, isStale, tierDrift, type AlertSubject } from "@/lib/domain/alerts";
import { DEFAULT_TIER_THRESHOLDS } from "@/lib/domain/tiers";

const T = DEFAULT_TIER_THRESHOLDS;
const NOW = new Date("2026-09-10T00:00:00Z");
const subject = (over: Partial<AlertSubject>): AlertSubject => ({
  followers: 20_000, tier: "micro", engagementRate: 0.02, metricsAsOf: "2026-09-01T00:00:00Z", snapshots: [], tierChanges: [], ...over,
});
const kinds = (s: AlertSubject) => evaluateAlerts(s, T, DEFAULT_ALERT_SETTINGS, NOW).map((a) => a.kind);

describe("alerts", () => {
  it("tier drift: within 10% of the tier's upper bound, inclusive; never for mega", () => {
    expect(tierDrift({ followers: 45_000, tier: "micro" }, T, 10)?.detail).toMatchObject({ upperBound: 50_000, shareOfBound: 0.9 });
    expect(tierDrift({ followers: 44_999, tier: "micro" }, T, 10)).toBeNull();
    expect(tierDrift({ followers: 5_000_000, tier: "mega" }, T, 10)).toBeNull();
    expect(tierDrift({ followers: 960_000, tier: "macro" }, T, 10)?.dedupeKey).toBe("macro");
  });

  it("follower jump: +30% followers with engagements rising less than half as much", () => {
    const before = { capturedAt: "2026-08-01T00:00:00Z", followers: 20_000, engagementRate: 0.03 }; // 600 engagements
    expect(kinds(subject({ followers: 26_000, engagementRate: 620 / 26_000, snapshots: [before] }))).toContain("follower_jump");
    // Engagements grew with the audience: no jump.
    expect(kinds(subject({ followers: 26_000, engagementRate: 780 / 26_000, snapshots: [before] }))).not.toContain("follower_jump");
    // +29%: below the threshold.
    expect(kinds(subject({ followers: 25_800, engagementRate: 600 / 25_800, snapshots: [before] }))).not.toContain("follower_jump");
  });

  it("engagement drop: the rate down 30% or more between the last two points", () => {
    const before = { capturedAt: "2026-08-01T00:00:00Z", followers: 20_000, engagementRate: 0.03 };
    expect(kinds(subject({ engagementRate: 0.021, snapshots: [before] }))).toContain("engagement_drop");
    expect(kinds(subject({ engagementRate: 0.0211, snapshots: [before] }))).not.toContain("engagement_drop");
    expect(kinds(subject({ engagementRate: null, snapshots: [before] }))).toEqual([]);
  });

  it("stale: metrics older than the configured days; tier changes are passed through", () => {
    expect(isStale("2026-06-11T00:00:00Z", NOW, 90)).toBe(true);
    expect(isStale("2026-06-12T00:00:00Z", NOW, 90)).toBe(false);
    const s = subject({ metricsAsOf: "2026-05-01T00:00:00Z", tierChanges: [{ id: "t1", fromTier: "micro", toTier: "mid", followers: 60_000, changedAt: "2026-05-01", createdAt: "2026-05-02" }] });
    expect(kinds(s).sort()).toEqual(["stale", "tier_change"]);
  });

  it("describes each alert in words with its numbers", () => {
    const [drift] = evaluateAlerts(subject({ followers: 46_000 }), T, DEFAULT_ALERT_SETTINGS, NOW);
    expect(describeAlert(drift!.kind, drift!.detail)).toBe("46,000 followers, 92% of the Micro upper bound (50,000): leaning out of micro");
  });
});
