import type { Metadata } from "next";
import { updateAlertSettings, updateTierThresholds } from "./actions";
import { AlertSettingsForm } from "@/components/admin/alert-settings-form";
import { TierThresholdsForm } from "@/components/admin/tier-thresholds-form";
import { TierBadge } from "@/components/catalog/tier-badge";
import { requirePageUser } from "@/lib/auth/guard";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { formatCount, formatDate, formatDateTime, formatInteger } from "@/lib/domain/format";
import { TIERS } from "@/lib/domain/types";
import { getCatalogStats } from "@/lib/queries/catalog-stats";
import { getAlertSettings, getTierThresholds, getTierThresholdsChange } from "@/lib/queries/settings";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await requirePageUser(ADMIN_ONLY, "/admin");
  const [stats, thresholds, change, alertSettings] = await Promise.all([getCatalogStats(), getTierThresholds(), getTierThresholdsChange(), getAlertSettings()]);
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-semibold">Catalog administration</h1>
      <section aria-labelledby="catalog-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="catalog-heading" className="font-semibold">Catalog</h2>
        <p className="mt-1 text-sm text-slate-600">
          {formatInteger(stats.total)} creators
          {stats.newestMetrics ? ` · newest metrics ${formatDate(stats.newestMetrics)}` : ""}
        </p>
        <ul className="mt-3 flex flex-wrap gap-4">
          {TIERS.map((t) => (
            <li key={t} className="flex items-center gap-2 text-sm">
              <TierBadge tier={t} /> <span className="tabular-nums" data-testid={`tier-count-${t}`}>{formatCount(stats.byTier[t], "exact")}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="tiers-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="tiers-heading" className="font-semibold">Tier thresholds</h2>
        <p className="mb-3 mt-1 text-sm text-slate-600">
          Defaults follow the most common industry split (micro 10K–50K, macro 500K–1M). Some agencies use 10K–100K for micro.
          They apply to the whole installation (every organisation).{" "}
          <span data-testid="thresholds-changed">
            {change?.updatedBy ? `Last changed by ${change.updatedBy} on ${formatDateTime(change.updatedAt)}.` : "No change by an admin on record."}
          </span>
        </p>
        <TierThresholdsForm current={thresholds} save={updateTierThresholds} />
      </section>
      <section aria-labelledby="alerts-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="alerts-heading" className="font-semibold">Alerts</h2>
        <p className="mb-3 mt-1 text-sm text-slate-600">
          When a creator on an organisation&apos;s list raises an alert. They apply to every organisation; alerts are computed in the background after each import and re-score.
        </p>
        <AlertSettingsForm current={alertSettings} save={updateAlertSettings} />
      </section>
    </main>
  );
}
