// Small presentational pieces shared by search results and the profile (server components).
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ENGAGEMENT_BENCHMARKS } from "@/lib/domain/engagement";
import { Fragment } from "react";
import { avatarInitials, emailBreakParts, formatPercent, formatPlatform } from "@/lib/domain/format";
import type { EngagementBand, EngagementMethod, Platform, Tier } from "@/lib/domain/types";

export function Avatar({ name, handle }: { name: string | null; handle: string }) {
  return (
    <span aria-hidden className="inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-700">
      {avatarInitials(name, handle)}
    </span>
  );
}

const BAND: Record<EngagementBand, { tone: BadgeTone; label: string }> = {
  low: { tone: "red", label: "below avg" },
  average: { tone: "slate", label: "average" },
  high: { tone: "green", label: "high" },
  very_high: { tone: "amber", label: "very high" },
};

export const METHOD_LABEL: Record<EngagementMethod, string> = {
  followers: "(avg likes + avg comments) / followers",
  views: "(avg likes + avg comments) / avg views",
  imported: "rate as imported from the source file",
};

export function benchmarkText(platform: Platform, tier: Tier): string {
  const b = ENGAGEMENT_BENCHMARKS[platform][tier];
  return `${tier} ${formatPlatform(platform)} benchmark ${formatPercent(b.low, 2)}–${formatPercent(b.high, 2)} (${b.source})`;
}

export function EngagementBadge({ band, platform, tier }: { band: EngagementBand | null; platform: Platform; tier: Tier }) {
  if (!band) return null;
  const b = BAND[band];
  return <Badge tone={b.tone} title={benchmarkText(platform, tier)}>{b.label}</Badge>;
}

export function WarningIcon({ title }: { title: string }) {
  return (
    <span role="img" aria-label={`Warning: ${title}`} title={title} className="text-amber-600">
      ⚠
    </span>
  );
}

/** Whole days since a date (server-rendered, so "now" is the request time). */
export function daysSince(d: Date | string): number {
  return Math.max(0, Math.round((Date.now() - new Date(d).getTime()) / 86_400_000));
}

/**
 * A contact address as a mailto link that wraps only after its "@" or before a "." (<wbr>), never
 * mid-word; a single part wider than its box (a very long local part) may still break rather than
 * overflow (overflow-wrap: anywhere takes effect only when no <wbr> fits).
 */
export function EmailAddress({ email }: { email: string | null }) {
  if (!email) return <>—</>;
  return (
    <a href={`mailto:${email}`} title={email} data-testid="contact-email" className="text-brand-700 underline [overflow-wrap:anywhere]">
      {emailBreakParts(email).map((part, i) => <Fragment key={i}>{i > 0 ? <wbr /> : null}{part}</Fragment>)}
    </a>
  );
}
