import { prisma } from "@/lib/db/client";
import { DEFAULT_TIER_THRESHOLDS, type TierThresholds } from "@/lib/domain/tiers";

export async function getTierThresholds(): Promise<TierThresholds> {
  const row = await prisma.instanceSettings.findUnique({
    where: { id: 1 },
    select: { microMin: true, microMax: true, macroMin: true, macroMax: true },
  });
  return row ?? { ...DEFAULT_TIER_THRESHOLDS };
}

export async function saveTierThresholds(t: TierThresholds): Promise<void> {
  await prisma.instanceSettings.upsert({ where: { id: 1 }, create: { id: 1, ...t }, update: t });
}
