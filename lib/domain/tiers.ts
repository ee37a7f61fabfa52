// Follower tiers. Pure functions; the thresholds are configurable per workspace.
import { TIERS, type Tier } from "./types";

export type TierThresholds = { microMin: number; microMax: number; macroMin: number; macroMax: number };

/**
 * Defaults: nano < 10,000 <= micro <= 50,000 < mid < 500,000 <= macro <= 1,000,000 < mega.
 * Both bounds of micro and macro are inclusive.
 */
export const DEFAULT_TIER_THRESHOLDS: Readonly<TierThresholds> = Object.freeze({
  microMin: 10_000,
  microMax: 50_000,
  macroMin: 500_000,
  macroMax: 1_000_000,
});

export const TIER_LABELS: Readonly<Record<Tier, string>> = Object.freeze({
  nano: "Nano",
  micro: "Micro",
  mid: "Mid-tier",
  macro: "Macro",
  mega: "Mega",
});

/**
 * Classify a follower count. Follower counts are integers; a fractional input is floored first
 * (10_000.9 -> 10_000 -> micro), which matches `floor(followers)` in SQL.
 * Throws RangeError for negative, NaN or non-finite input.
 */
export function classifyTier(followers: number, t: TierThresholds = DEFAULT_TIER_THRESHOLDS): Tier {
  if (typeof followers !== "number" || !Number.isFinite(followers)) {
    throw new RangeError(`followers must be a finite number, got ${String(followers)}`);
  }
  if (followers < 0) throw new RangeError(`followers must be >= 0, got ${followers}`);
  const f = Math.floor(followers);
  if (f < t.microMin) return "nano";
  if (f <= t.microMax) return "micro";
  if (f < t.macroMin) return "mid";
  if (f <= t.macroMax) return "macro";
  return "mega";
}

/** Problems with a thresholds object, in plain language; empty array when valid. */
export function validateTierThresholds(t: TierThresholds): string[] {
  const problems: string[] = [];
  const keys = ["microMin", "microMax", "macroMin", "macroMax"] as const;
  for (const k of keys) {
    const v = (t as Record<string, unknown>)[k];
    if (typeof v !== "number" || !Number.isInteger(v) || v <= 0) {
      problems.push(`${k} must be a positive integer (got ${String(v)})`);
    }
  }
  if (problems.length > 0) return problems;
  if (!(t.microMin <= t.microMax)) problems.push("microMin must be <= microMax");
  if (!(t.microMax < t.macroMin)) problems.push("microMax must be < macroMin");
  if (!(t.macroMin <= t.macroMax)) problems.push("macroMin must be <= macroMax");
  return problems;
}

/** Inclusive follower range of a tier; max is null for mega (unbounded). */
export function tierBounds(tier: Tier, t: TierThresholds = DEFAULT_TIER_THRESHOLDS): { min: number; max: number | null } {
  switch (tier) {
    case "nano":
      return { min: 0, max: t.microMin - 1 };
    case "micro":
      return { min: t.microMin, max: t.microMax };
    case "mid":
      return { min: t.microMax + 1, max: t.macroMin - 1 };
    case "macro":
      return { min: t.macroMin, max: t.macroMax };
    case "mega":
      return { min: t.macroMax + 1, max: null };
  }
}

/** The tier itself plus its neighbours, in tier order ("micro" -> nano, micro, mid). */
export function neighbourTiers(tier: Tier): Tier[] {
  const i = TIERS.indexOf(tier);
  return TIERS.filter((_, j) => Math.abs(j - i) <= 1);
}
