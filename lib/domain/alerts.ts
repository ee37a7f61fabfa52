// Alerts about a creator on a list (pure): which conditions hold, with the numbers behind them.
// The background job (lib/insights) runs this for every creator on every organisation's lists and
// stores each occurrence once (its dedupeKey).
import { TIER_LABELS, tierBounds, type TierThresholds } from "./tiers";
import type { Tier } from "./types";

export const ALERT_KINDS = ["tier_drift", "tier_change", "follower_jump", "engagement_drop", "stale"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_LABELS: Readonly<Record<AlertKind, string>> = Object.freeze({
  tier_drift: "Leaning out of its tier",
  tier_change: "Changed tier",
  follower_jump: "Follower jump without engagement",
  engagement_drop: "Engagement dropped",
  stale: "Stale data",
});

/** Admin-configurable (InstanceSettings): percents and days. */
export type AlertSettings = { driftPercent: number; jumpPercent: number; dropPercent: number; staleDays: number };
export const DEFAULT_ALERT_SETTINGS: Readonly<AlertSettings> = Object.freeze({ driftPercent: 10, jumpPercent: 30, dropPercent: 30, staleDays: 90 });

export type AlertPoint = { capturedAt: Date | string; followers: number; engagementRate: number | null };
export type AlertTierChange = { id: string; fromTier: Tier; toTier: Tier; followers: number; changedAt: Date | string; createdAt: Date | string };
export type AlertSubject = {
  followers: number;
  tier: Tier;
  engagementRate: number | null;
  metricsAsOf: Date | string;
  snapshots: readonly AlertPoint[];
  /** Tier changes recorded since the creator was put on the list. */
  tierChanges: readonly AlertTierChange[];
};
export type AlertFinding = { kind: AlertKind; dedupeKey: string; detail: Record<string, number | string | null> };

const DAY = 86_400_000;
const iso = (d: Date | string) => new Date(d).toISOString();
// Ratios of stored numbers land a hair beside their exact value (0.021 / 0.03 − 1): compare with slack.
const EPS = 1e-9;
const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Snapshots in date order with the current metrics last (they replace a snapshot of the same date). */
function timeline(s: AlertSubject): AlertPoint[] {
  const asOf = new Date(s.metricsAsOf).getTime();
  const points = s.snapshots.filter((p) => new Date(p.capturedAt).getTime() < asOf);
  points.sort((a, b) => new Date(a.capturedAt).getTime() - new Date(b.capturedAt).getTime());
  return [...points, { capturedAt: s.metricsAsOf, followers: s.followers, engagementRate: s.engagementRate }];
}

/** Followers at or above (100 − driftPercent)% of the tier's upper bound: "a micro at 46k of 50k". Mega has no bound. */
export function tierDrift(s: Pick<AlertSubject, "followers" | "tier">, t: TierThresholds, driftPercent: number): AlertFinding | null {
  const { max } = tierBounds(s.tier, t);
  if (max === null) return null;
  const from = max * (1 - driftPercent / 100);
  if (s.followers < from - EPS) return null;
  return {
    kind: "tier_drift",
    dedupeKey: s.tier,
    detail: { tier: s.tier, followers: s.followers, upperBound: max, shareOfBound: round(s.followers / max), message: `leaning out of ${TIER_LABELS[s.tier].toLowerCase()}` },
  };
}

export function evaluateAlerts(s: AlertSubject, t: TierThresholds, settings: AlertSettings, now: Date): AlertFinding[] {
  const found: AlertFinding[] = [];
  const drift = tierDrift(s, t, settings.driftPercent);
  if (drift) found.push(drift);
  for (const c of s.tierChanges) {
    found.push({ kind: "tier_change", dedupeKey: c.id, detail: { fromTier: c.fromTier, toTier: c.toTier, followers: c.followers, changedAt: iso(c.changedAt) } });
  }
  const points = timeline(s);
  if (points.length >= 2) {
    const before = points[points.length - 2]!;
    const after = points[points.length - 1]!;
    const key = `${iso(before.capturedAt)}..${iso(after.capturedAt)}`;
    const followerChange = before.followers > 0 ? after.followers / before.followers - 1 : null;
    const engBefore = before.engagementRate === null ? null : before.engagementRate * before.followers;
    const engAfter = after.engagementRate === null ? null : after.engagementRate * after.followers;
    const engagementChange = engBefore !== null && engAfter !== null && engBefore > 0 ? engAfter / engBefore - 1 : null;
    // "No matching rise": engagements per post grew by less than half as much as the audience.
    if (followerChange !== null && followerChange >= settings.jumpPercent / 100 - EPS && engagementChange !== null && engagementChange < followerChange / 2) {
      found.push({
        kind: "follower_jump",
        dedupeKey: key,
        detail: { followersBefore: before.followers, followersAfter: after.followers, followerChange: round(followerChange), engagementChange: round(engagementChange), from: iso(before.capturedAt), to: iso(after.capturedAt) },
      });
    }
    const rateChange = before.engagementRate !== null && after.engagementRate !== null && before.engagementRate > 0 ? after.engagementRate / before.engagementRate - 1 : null;
    if (rateChange !== null && rateChange <= -settings.dropPercent / 100 + EPS) {
      found.push({
        kind: "engagement_drop",
        dedupeKey: key,
        detail: { rateBefore: before.engagementRate, rateAfter: after.engagementRate, rateChange: round(rateChange), from: iso(before.capturedAt), to: iso(after.capturedAt) },
      });
    }
  }
  const ageDays = Math.floor((now.getTime() - new Date(s.metricsAsOf).getTime()) / DAY);
  if (isStale(s.metricsAsOf, now, settings.staleDays)) {
    found.push({ kind: "stale", dedupeKey: iso(s.metricsAsOf), detail: { metricsAsOf: iso(s.metricsAsOf), ageDays, staleDays: settings.staleDays } });
  }
  return found;
}

/** Metrics measured more than `staleDays` before `now`. */
export function isStale(metricsAsOf: Date | string, now: Date, staleDays: number): boolean {
  return now.getTime() - new Date(metricsAsOf).getTime() > staleDays * DAY;
}

/** One line a person reads for an alert, from its stored numbers. */
export function describeAlert(kind: AlertKind, d: Record<string, unknown>): string {
  const pct = (x: unknown) => (typeof x === "number" ? `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%` : "unknown");
  const num = (x: unknown) => (typeof x === "number" ? x.toLocaleString("en-US") : "unknown");
  const tier = (x: unknown) => (typeof x === "string" && x in TIER_LABELS ? TIER_LABELS[x as Tier] : String(x));
  switch (kind) {
    case "tier_drift":
      return `${num(d.followers)} followers, ${Math.round(Number(d.shareOfBound) * 100)}% of the ${tier(d.tier)} upper bound (${num(d.upperBound)}): leaning out of ${tier(d.tier).toLowerCase()}`;
    case "tier_change":
      return `${tier(d.fromTier)} → ${tier(d.toTier)} at ${num(d.followers)} followers`;
    case "follower_jump":
      return `Followers ${num(d.followersBefore)} → ${num(d.followersAfter)} (${pct(d.followerChange)}) while engagements per post changed ${pct(d.engagementChange)}`;
    case "engagement_drop":
      return `Engagement rate ${pct(d.rateChange)} (${typeof d.rateBefore === "number" ? (d.rateBefore * 100).toFixed(2) : "?"}% → ${typeof d.rateAfter === "number" ? (d.rateAfter * 100).toFixed(2) : "?"}%)`;
    case "stale":
      return `Metrics are ${num(d.ageDays)} days old (older than ${num(d.staleDays)} days)`;
  }
}
