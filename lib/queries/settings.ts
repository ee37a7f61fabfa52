import { prisma, queryRows } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { DEFAULT_ALERT_SETTINGS, type AlertSettings } from "@/lib/domain/alerts";
import { DEFAULT_TIER_THRESHOLDS, type TierThresholds } from "@/lib/domain/tiers";

/**
 * The tier thresholds as one SQL expression (a JSON object; NULL while never saved), for a statement
 * that reads them beside other things: the search catalog's catch-up (lib/queries/search/catalog-sync.ts).
 */
export const TIER_THRESHOLDS_JSON = `(SELECT json_build_object('microMin', "microMin", 'microMax', "microMax", 'macroMin', "macroMin", 'macroMax', "macroMax")
  FROM "InstanceSettings" WHERE "id" = 1)`;

/** The thresholds read (by getTierThresholds or TIER_THRESHOLDS_JSON), or the defaults when never saved. */
export const tierThresholdsOf = (row: TierThresholds | null | undefined): TierThresholds => row ?? { ...DEFAULT_TIER_THRESHOLDS };

/** Read by every plan and import: one statement on the pool (queryRows), not Prisma's client. */
export async function getTierThresholds(): Promise<TierThresholds> {
  const [row] = await queryRows<{ tiers: TierThresholds | null }>(Prisma.raw(`SELECT ${TIER_THRESHOLDS_JSON} AS tiers`));
  return tierThresholdsOf(row?.tiers);
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
