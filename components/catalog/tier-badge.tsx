import { Badge, type BadgeTone } from "@/components/ui/badge";
import { TIER_LABELS } from "@/lib/domain/tiers";
import type { Tier } from "@/lib/domain/types";

const TONE: Record<Tier, BadgeTone> = { nano: "slate", micro: "green", mid: "blue", macro: "violet", mega: "amber" };

export function TierBadge({ tier }: { tier: Tier }) {
  return <Badge tone={TONE[tier]}>{TIER_LABELS[tier]}</Badge>;
}
