// Stale metrics are marked wherever a metric is shown: the mark itself, and the compare and shortlist
// tables that carry it (rendered to HTML as the server renders them).
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { StaleMark } from "@/components/creator/stale-mark";
import { CompareTable } from "@/components/compare/compare-table";
import type { Comparison } from "@/lib/domain/compare/types";

const NOW = new Date("2026-12-06T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

describe("the stale mark", () => {
  it("shows past the configured age, with the age in days, and not before", () => {
    expect(renderToStaticMarkup(<StaleMark metricsAsOf={daysAgo(91)} staleDays={90} now={NOW} />)).toContain("metrics 91 days old");
    expect(renderToStaticMarkup(<StaleMark metricsAsOf={daysAgo(89)} staleDays={90} now={NOW} />)).toBe("");
    expect(renderToStaticMarkup(<StaleMark metricsAsOf={daysAgo(40)} staleDays={30} now={NOW} />)).toContain("stale");
  });

  it("marks a stale creator's column in compare, and only that one", () => {
    const comparison = {
      columns: [
        { id: "a", handle: "fresh_one", displayName: null, platform: "instagram", tier: "micro", metricsAsOf: new Date() },
        { id: "b", handle: "old_one", displayName: null, platform: "tiktok", tier: "mid", metricsAsOf: new Date(Date.now() - 200 * 86_400_000) },
      ],
      rows: [], summary: "", brief: null,
    } as unknown as Comparison;
    const html = renderToStaticMarkup(<CompareTable comparison={comparison} staleDays={90} />);
    expect(html.match(/data-testid="stale-mark"/g)).toHaveLength(1);
    expect(html.indexOf("stale-mark")).toBeGreaterThan(html.indexOf("@old_one"));
  });
});
