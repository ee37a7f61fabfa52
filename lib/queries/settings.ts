import { prisma, queryRows } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { DEFAULT_ALERT_SETTINGS, type AlertSettings } from "@/lib/domain/alerts";
import { DEFAULT_TIER_THRESHOLDS, type TierThresholds } from "@/lib/domain/tiers";

/** Read by every search and plan: one statement on the pool (queryRows), not Prisma's client. */
export async function getTierThresholds(): Promise<TierThresholds> {
  const [row] = await queryRows<TierThresholds>(
    Prisma.sql`SELECT "microMin", "microMax", "macroMin", "macroMax" FROM "InstanceSettings" WHERE "id" = 1`,
  );
  return row ?? { ...DEFAULT_TIER_THRESHOLDS };
}

/** `updatedBy`: who changed them (a user's label), shown on the admin page. */
export async function saveTierThresholds(t: TierThresholds, updatedBy: string): Promise<void> {
  const data = { ...t, updatedBy };
  await prisma.instanceSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
}

/** Who changed the tier thresholds last, and when; null while they are the defaults. */
export async function getTierThresholdsChange(): Promise<{ updatedBy: string | null; updatedAt: Date } | null> {
  return prisma.instanceSettings.findUnique({ where: { id: 1 }, select: { updatedBy: true, updatedAt: true } });
}

/** The alert thresholds (lib/domain/alerts.ts), or the defaults. */
export async function getAlertSettings(): Promise<AlertSettings> {
  const row = await prisma.instanceSettings.findUnique({
    where: { id: 1 },
    select: { alertDriftPercent: true, alertJumpPercent: true, alertDropPercent: true, staleDays: true },
  });
  return row ? { driftPercent: row.alertDriftPercent, jumpPercent: row.alertJumpPercent, dropPercent: row.alertDropPercent, staleDays: row.staleDays } : { ...DEFAULT_ALERT_SETTINGS };
}

export async function saveAlertSettings(s: AlertSettings, updatedBy: string): Promise<void> {
  const data = { alertDriftPercent: s.driftPercent, alertJumpPercent: s.jumpPercent, alertDropPercent: s.dropPercent, staleDays: s.staleDays, updatedBy };
  await prisma.instanceSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
}
