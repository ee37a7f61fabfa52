// What changed since the last import: the biggest growers, tier changes, authenticity drops.
import Link from "next/link";
import { formatInteger, formatPercent } from "@/lib/domain/format";
import type { InsightsSummary } from "@/lib/domain/insights/summary";
import { TIER_LABELS } from "@/lib/domain/tiers";
import { formatHandle } from "@/lib/domain/handles";

const card = "rounded-lg border border-slate-200 bg-white p-4";
const link = (id: string, handle: string) => <Link href={`/creators/${id}`} className="text-brand-700 underline">{formatHandle(handle)}</Link>;

export function LastImport({ last }: { last: InsightsSummary["lastImport"] }) {
  return (
    <section aria-labelledby="changed-h" className="space-y-3">
      <h2 id="changed-h" className="text-lg font-semibold">What changed since the last import</h2>
      {!last ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">No import has finished yet: the catalog is as it was seeded or first loaded.</p>
      ) : (
        <>
          <p className="text-sm text-slate-600">
            {last.fileName}, finished {last.finishedAt?.slice(0, 10) ?? "—"}{last.asOf ? `, data as of ${last.asOf.slice(0, 10)}` : ""}. Each creator compared with its snapshot before that import.
          </p>
          <div className="grid gap-4 lg:grid-cols-3">
            <div className={card} data-testid="changed-growers">
              <h3 className="font-medium">Biggest growers</h3>
              {last.growers.length ? (
                <ol className="mt-2 space-y-1 text-sm">{last.growers.map((g) => <li key={g.creatorId}>{link(g.creatorId, g.handle)} {formatInteger(g.before)} → {formatInteger(g.after)} <span className="text-emerald-700">(+{formatPercent(g.after / g.before - 1)})</span></li>)}</ol>
              ) : <p className="text-sm text-slate-500">No creator grew (from at least 1,000 followers).</p>}
            </div>
            <div className={card} data-testid="changed-tiers">
              <h3 className="font-medium">Tier changes <span className="font-normal text-slate-500">· {formatInteger(last.tierChangeCount)}</span></h3>
              {last.tierChanges.length ? (
                <ol className="mt-2 space-y-1 text-sm">{last.tierChanges.map((t) => <li key={t.creatorId}>{link(t.creatorId, t.handle)} {TIER_LABELS[t.fromTier]} → {TIER_LABELS[t.toTier]} at {formatInteger(t.followers)}</li>)}</ol>
              ) : <p className="text-sm text-slate-500">No creator changed tier.</p>}
            </div>
            <div className={card} data-testid="changed-authenticity">
              <h3 className="font-medium">Authenticity dropped <span className="font-normal text-slate-500">· {formatInteger(last.authenticityDropCount)}</span></h3>
              {last.authenticityDrops.length ? (
                <ol className="mt-2 space-y-1 text-sm">{last.authenticityDrops.map((a) => <li key={a.creatorId}>{link(a.creatorId, a.handle)} {a.before} → {a.after} <span className="text-red-700">({a.after - a.before} points)</span></li>)}</ol>
              ) : <p className="text-sm text-slate-500">No creator&apos;s authenticity score dropped.</p>}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
