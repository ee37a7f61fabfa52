import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildComparison, buildRows, COMPARE_ROW_KEYS, type CompareCreator, type CompareRowKey } from "@/lib/domain/compare";
import { emptyBrief } from "@/lib/domain/fit";
import { creator } from "./creator";

const rowOf = (creators: CompareCreator[], key: CompareRowKey, brief = null as Parameters<typeof buildRows>[1]) =>
  buildRows(creators, brief).find((r) => r.key === key)!;

describe("compare rows", () => {
  it("has every metric, one cell per creator in the order given", () => {
    const cs = [creator("zed"), creator("amy"), creator("bob")];
    const cmp = buildComparison(cs, null);
    expect(cmp.columns.map((c) => c.handle)).toEqual(["zed", "amy", "bob"]);
    expect(cmp.rows.map((r) => r.key)).toEqual([...COMPARE_ROW_KEYS]);
    for (const r of cmp.rows) {
      expect(r.cells).toHaveLength(3);
      expect(r.how.length).toBeGreaterThan(10);
    }
  });

  it("formats figures for people", () => {
    const c = creator("a", { followers: 12_400, engagementRate: 0.0312, priceLow: 100, priceHigh: 500, costPerEngagement: 0.12, expectedEngagements: 387 });
    const rows = buildRows([c, creator("b")], null);
    const text = (k: CompareRowKey) => rows.find((r) => r.key === k)!.cells[0]!.text;
    expect(text("followers")).toBe("12.4K");
    expect(text("engagementRate")).toBe("3.12%");
    expect(text("price")).toBe("$100–$500");
    expect(text("cpe")).toBe("$0.12");
    expect(text("expectedEngagements")).toBe("387");
    // CPM = mid price $300 per 12.4 thousand followers = $24.19
    expect(text("cpm")).toBe("$24");
    expect(text("growth")).toBe("+2.0%");
  });

  it("highlights the highest reach and the lowest cost", () => {
    const a = creator("a", { followers: 900_000, tier: "macro", priceLow: 5_000, priceHigh: 10_000, costPerEngagement: 2 });
    const b = creator("b", { followers: 30_000, costPerEngagement: 0.4 });
    const rows = buildRows([a, b], null);
    expect(rows.find((r) => r.key === "followers")!.best).toEqual([0]);
    expect(rows.find((r) => r.key === "cpe")!.best).toEqual([1]);
    expect(rows.find((r) => r.key === "price")!.best).toEqual([1]);
    // $7,500 per 900K followers ($8.33) against $300 per 30K ($10).
    expect(rows.find((r) => r.key === "cpm")!.best).toEqual([0]);
  });

  it("shows a missing value as '—' with a reason, never as 0, and it never wins", () => {
    const a = creator("a", { costPerEngagement: null, expectedEngagements: null, engagementRate: null, engagementMethod: null, authenticityScore: null, followerGrowth30d: null });
    const b = creator("b", { costPerEngagement: 3 });
    const c = creator("c", { costPerEngagement: 4 });
    const rows = buildRows([a, b, c], null);
    for (const key of ["cpe", "expectedEngagements", "engagementRate", "authenticity", "growth"] as const) {
      const row = rows.find((r) => r.key === key)!;
      expect(row.cells[0]!.text).toBe("—");
      expect(row.cells[0]!.value).toBeNull();
      expect(row.cells[0]!.unknown).toMatch(/unknown/i);
      expect(row.best).not.toContain(0);
    }
    expect(rows.find((r) => r.key === "cpe")!.best).toEqual([1]);
  });

  it("gives no highlight when only one value is known", () => {
    const row = rowOf([creator("a", { followerGrowth30d: null }), creator("b", { followerGrowth30d: 0.05 })], "growth");
    expect(row.best).toEqual([]);
  });

  it("does not rank an implausible engagement rate first, and says why", () => {
    const a = creator("a", { engagementRate: 0.4, engagementRankable: false });
    const b = creator("b", { engagementRate: 0.012 });
    const c = creator("c", { engagementRate: 0.009 });
    const row = rowOf([a, b, c], "engagementRate");
    expect(row.best).toEqual([1]);
    expect(row.cells[0]!.text).toBe("40.00%");
    expect(row.cells[0]!.excluded).toMatch(/implausible/);
  });

  it("does not put a rate by views against a rate by followers", () => {
    const a = creator("a", { platform: "youtube", engagementRate: 0.05, engagementMethod: "views" });
    const b = creator("b", { engagementRate: 0.01 });
    const row = rowOf([a, b], "engagementRate");
    expect(row.best).toEqual([]);
    expect(row.note).toMatch(/measured differently/);
  });

  it("names the method and the tier's benchmark band", () => {
    const cell = rowOf([creator("a", { engagementRate: 0.0095 }), creator("b")], "engagementRate").cells[0]!;
    expect(cell.band).toBe("average");
    expect(cell.notes.join(" ")).toContain("by followers");
    // Instagram micro band (Modash): 0.84%–1.11%.
    expect(cell.notes.join(" ")).toContain("0.84%–1.11%");
  });

  it("does not compare cost figures across currencies", () => {
    const a = creator("a", { priceCurrency: "EUR", costPerEngagement: 0.1 });
    const b = creator("b", { costPerEngagement: 1 });
    const c = creator("c", { costPerEngagement: 2 });
    const row = rowOf([a, b, c], "cpe");
    expect(row.best).toEqual([1]);
    expect(row.cells[0]!.text).toBe("€0.10");
    expect(row.cells[0]!.excluded).toMatch(/EUR/);
  });

  it("lists authenticity reasons, marks estimated prices", () => {
    const flag = { code: "following_exceeds_followers", message: "Follows more accounts than follow it.", penalty: 20 };
    const rows = buildRows([creator("a", { authenticityScore: 80, authenticityFlags: [flag] }), creator("b", { priceSource: "imported" })], null);
    const auth = rows.find((r) => r.key === "authenticity")!;
    expect(auth.cells[0]!.text).toBe("80/100");
    expect(auth.cells[0]!.notes).toContain("−20: Follows more accounts than follow it.");
    expect(auth.cells[1]!.notes).toContain("no warning signs found");
    const price = rows.find((r) => r.key === "price")!;
    expect(price.cells.map((c) => c.priceSource)).toEqual(["estimate", "imported"]);
  });

  it("without a brief, fit is unknown for everyone; with one, it is scored with reasons", () => {
    const cs = [creator("a", { niches: ["beauty"] }), creator("b", { niches: ["gaming"] })];
    const none = rowOf(cs, "fit");
    expect(none.cells.map((c) => c.text)).toEqual(["—", "—"]);
    expect(none.best).toEqual([]);
    const brief = { id: "b1", name: "Skincare", brief: { ...emptyBrief(), niches: [{ id: "beauty" as const, weight: 1 }] } };
    const fit = rowOf(cs, "fit", brief);
    expect(fit.label).toBe("Fit to “Skincare”");
    // Niche is 60 of 100 points; every other factor has no target (full points).
    expect(fit.cells.map((c) => c.value)).toEqual([100, 40]);
    expect(fit.best).toEqual([0]);
    expect(fit.cells[1]!.fitReasons!.find((r) => r.factor === "niche")!.points).toBe(0);
  });

  it("the overall score is unknown, not 0 and not the priors, when no component is measured", () => {
    const empty = creator("a", { engagementScore: null, authenticityScore: null, costScore: null });
    const row = rowOf([empty, creator("b")], "score");
    expect(row.cells[0]!.text).toBe("—");
    expect(row.cells[0]!.value).toBeNull();
    // b: (0.35 × 60 + 0.2 × 90 + 0.15 × 40) / 0.7 = 64.3 (fit dropped without a brief).
    expect(row.cells[1]!.value).toBe(64.3);
    expect(row.best).toEqual([]); // one known value: nothing to beat
    expect(row.cells[1]!.breakdown!.find((r) => r.key === "fit")!.weight).toBe(0);
  });

  it("property: permuting the creators permutes every row's cells and highlight", () => {
    const arbCreator = fc.record({
      followers: fc.integer({ min: 0, max: 5_000_000 }),
      engagementRate: fc.option(fc.double({ min: 0, max: 0.2, noNaN: true }), { nil: null }),
      expectedEngagements: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
      costPerEngagement: fc.option(fc.double({ min: 0.01, max: 50, noNaN: true }), { nil: null }),
      authenticityScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      followerGrowth30d: fc.option(fc.double({ min: -0.5, max: 2, noNaN: true }), { nil: null }),
      priceHigh: fc.option(fc.integer({ min: 10, max: 50_000 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(arbCreator, { minLength: 2, maxLength: 6 }).chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs.map((_, i) => i), { minLength: xs.length, maxLength: xs.length }))), ([xs, order]) => {
        const cs = xs.map((x, i) => creator(`c${i}`, { ...x, engagementMethod: x.engagementRate === null ? null : "followers", priceLow: x.priceHigh === null ? null : x.priceHigh / 2 }));
        const rows = buildRows(cs, null);
        const permutedRows = buildRows(order.map((i) => cs[i]!), null);
        rows.forEach((row, r) => {
          const p = permutedRows[r]!;
          expect(p.cells.map((c) => c.text)).toEqual(order.map((i) => row.cells[i]!.text));
          expect(p.best.map((j) => order[j]!).sort((a, b) => a - b)).toEqual(row.best);
          for (const i of row.best) expect(row.cells[i]!.value).not.toBeNull();
        });
      }),
      { numRuns: 200 },
    );
  }, 60_000); // 200 runs: generous on a busy machine
});

describe("a partly measured creator", () => {
  it("scores with its missing components at their priors and says so", () => {
    const partial = creator("a", { authenticityScore: null });
    const cell = rowOf([partial, creator("b")], "score").cells[0]!;
    expect(cell.value).not.toBeNull();
    expect(cell.notes.join(" ")).toMatch(/authenticity unknown, counted at its prior 50/);
    expect(cell.notes.join(" ")).toMatch(/confidence \d+%/);
  });
});
