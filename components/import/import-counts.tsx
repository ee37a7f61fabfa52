// Counts of an import (or a dry run) and the tiers of its rows.
import { formatCount } from "@/lib/domain/format";
import { TierBadge } from "@/components/catalog/tier-badge";
import { TIERS, type Tier } from "@/lib/domain/types";
import type { JobStatusView } from "@/lib/import/status";

export function ImportCounts({ job, dryRun }: { job: Pick<JobStatusView, "counts" | "byTier">; dryRun: boolean }) {
  const items = [
    [dryRun ? "would be new" : "new", job.counts.created],
    [dryRun ? "would be updated" : "updated", job.counts.updated],
    ["unchanged", job.counts.unchanged],
    ["rejected", job.counts.rejected],
  ] as const;
  return (
    <div className="space-y-2">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="import-counts">
        {items.map(([label, n]) => (
          <div key={label} className="rounded-md border border-slate-200 p-3">
            <dt className="text-xs uppercase text-slate-500">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`count-${label.split(" ").pop()}`}>{formatCount(n, "exact")}</dd>
          </div>
        ))}
      </dl>
      {job.byTier && (
        <ul className="flex flex-wrap gap-3 text-sm" aria-label="Rows by tier">
          {TIERS.map((t: Tier) => (
            <li key={t} className="flex items-center gap-1">
              <TierBadge tier={t} /> <span className="tabular-nums">{formatCount(job.byTier?.[t] ?? 0, "exact")}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
