import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  classifyTier,
  DEFAULT_TIER_THRESHOLDS,
  validateTierThresholds,
  tierBounds,
  neighbourTiers,
  TIER_LABELS,
} from "../../../lib/domain/tiers";
import { TIERS } from "../../../lib/domain/types";

describe("classifyTier", () => {
  it.each([
    [0, "nano"],
    [9_999, "nano"],
    [10_000, "micro"],
    [50_000, "micro"],
    [50_001, "mid"],
    [499_999, "mid"],
    [500_000, "macro"],
    [1_000_000, "macro"],
    [1_000_001, "mega"],
    [475_800_000, "mega"],
  ] as const)("%d followers -> %s", (f, tier) => {
    expect(classifyTier(f)).toBe(tier);
  });

  it("floors fractional follower counts", () => {
    expect(classifyTier(9_999.9)).toBe("nano");
    expect(classifyTier(50_000.7)).toBe("micro");
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("rejects %s", (f) => {
    expect(() => classifyTier(f)).toThrow(RangeError);
  });

  it("re-tiers with custom thresholds (micro 10k-100k)", () => {
    const t = { microMin: 10_000, microMax: 100_000, macroMin: 500_000, macroMax: 1_000_000 };
    expect(classifyTier(75_000, t)).toBe("micro");
    expect(classifyTier(75_000)).toBe("mid");
    expect(classifyTier(100_000, t)).toBe("micro");
    expect(classifyTier(100_001, t)).toBe("mid");
  });

  it("is monotone in followers (property)", () => {
    fc.assert(
      fc.property(fc.nat(5_000_000), fc.nat(5_000_000), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return TIERS.indexOf(classifyTier(lo)) <= TIERS.indexOf(classifyTier(hi));
      }),
    );
  });

  it("agrees with tierBounds for every tier (property, random valid thresholds)", () => {
    const thresholds = fc
      .tuple(fc.integer({ min: 1, max: 1e6 }), fc.nat(1e6), fc.integer({ min: 1, max: 1e6 }), fc.nat(1e6))
      .map(([a, b, c, d]) => ({ microMin: a, microMax: a + b, macroMin: a + b + c, macroMax: a + b + c + d }));
    fc.assert(
      fc.property(thresholds, fc.nat(5_000_000), (t, f) => {
        expect(validateTierThresholds(t)).toEqual([]);
        const tier = classifyTier(f, t);
        const b = tierBounds(tier, t);
        expect(f).toBeGreaterThanOrEqual(b.min);
        if (b.max !== null) expect(f).toBeLessThanOrEqual(b.max);
      }),
    );
  });
});

describe("validateTierThresholds", () => {
  it("accepts the defaults", () => {
    expect(validateTierThresholds(DEFAULT_TIER_THRESHOLDS)).toEqual([]);
  });
  it("rejects non-positive and non-integer values", () => {
    const p = validateTierThresholds({ microMin: 0, microMax: 1.5, macroMin: -3, macroMax: 10 });
    expect(p).toHaveLength(3);
    expect(p[0]).toMatch(/microMin/);
  });
  it("rejects wrong ordering", () => {
    expect(validateTierThresholds({ microMin: 100, microMax: 50, macroMin: 500, macroMax: 1000 })).toEqual([
      "microMin must be <= microMax",
    ]);
    expect(validateTierThresholds({ microMin: 10, microMax: 500, macroMin: 500, macroMax: 1000 })).toEqual([
      "microMax must be < macroMin",
    ]);
    expect(validateTierThresholds({ microMin: 10, microMax: 50, macroMin: 500, macroMax: 400 })).toEqual([
      "macroMin must be <= macroMax",
    ]);
  });
  it("allows microMin == microMax and macroMin == macroMax", () => {
    expect(validateTierThresholds({ microMin: 10, microMax: 10, macroMin: 11, macroMax: 11 })).toEqual([]);
  });
});

describe("tierBounds / neighbourTiers / labels", () => {
  it("gives inclusive bounds", () => {
    expect(tierBounds("nano")).toEqual({ min: 0, max: 9_999 });
    expect(tierBounds("micro")).toEqual({ min: 10_000, max: 50_000 });
    expect(tierBounds("mid")).toEqual({ min: 50_001, max: 499_999 });
    expect(tierBounds("macro")).toEqual({ min: 500_000, max: 1_000_000 });
    expect(tierBounds("mega")).toEqual({ min: 1_000_001, max: null });
  });
  it("lists neighbours", () => {
    expect(neighbourTiers("nano")).toEqual(["nano", "micro"]);
    expect(neighbourTiers("mid")).toEqual(["micro", "mid", "macro"]);
    expect(neighbourTiers("mega")).toEqual(["macro", "mega"]);
  });
  it("has a label per tier", () => {
    expect(TIER_LABELS.nano).toBe("Nano");
    expect(TIER_LABELS.micro).toBe("Micro");
    for (const t of TIERS) expect(TIER_LABELS[t]).toBeTruthy();
  });
});
