// The EMV rate card: one per installation, seeded by the campaigns migration, edited by admins.
import { prisma } from "@/lib/db/client";
import { DEFAULT_EMV_CARD, EMV_METRICS, type EmvRateCard } from "@/lib/domain/campaigns";
import type { Platform } from "@/lib/domain/types";

export type EmvRateRow = { platform: Platform; metric: string; usd: number; source: string; updatedAt: Date };

export async function listEmvRates(): Promise<EmvRateRow[]> {
  const rows = await prisma.emvRate.findMany({ orderBy: [{ platform: "asc" }, { metric: "asc" }], select: { platform: true, metric: true, usd: true, source: true, updatedAt: true } });
  return rows.map((r) => ({ ...r, usd: r.usd.toNumber() }));
}

/** The card as the figures use it; the seeded default when the table is empty. */
export async function readEmvCard(): Promise<EmvRateCard> {
  const rows = await listEmvRates();
  if (!rows.length) return DEFAULT_EMV_CARD;
  const card: EmvRateCard = {};
  for (const r of rows) {
    if (!(EMV_METRICS as readonly string[]).includes(r.metric)) continue;
    (card[r.platform] ??= {})[r.metric as (typeof EMV_METRICS)[number]] = r.usd;
  }
  return card;
}

export async function setEmvRate(platform: Platform, metric: string, usd: number, source: string) {
  return prisma.emvRate.upsert({
    where: { platform_metric: { platform, metric } },
    create: { platform, metric, usd, source },
    update: { usd, source },
    select: { platform: true, metric: true },
  });
}
