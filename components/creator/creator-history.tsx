import { TierBadge } from "@/components/catalog/tier-badge";
import { EngagementChart, FollowersChart } from "@/components/charts/history-chart";
import { plural } from "@/lib/domain/format";
import { historySeries, tierChanges, type SnapshotPoint } from "@/lib/search/history";

export function CreatorHistory({ snapshots, current }: { snapshots: SnapshotPoint[]; current: SnapshotPoint }) {
  const series = historySeries(snapshots, current);
  const changes = tierChanges(snapshots, current);
  return (
    <section aria-labelledby="hist-h" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="hist-h" className="font-semibold">History</h2>
      <p className="text-xs text-slate-500">
        {plural(series.length, "data point")}: one per import snapshot plus the current metrics. Engagement = (avg likes + avg comments) / followers at each date.
      </p>
      {series.length < 2 ? (
        <p className="mt-2 text-sm text-slate-500">Only one measurement so far; history appears after the next import.</p>
      ) : (
        <div className="mt-2 grid gap-4 md:grid-cols-2">
          <div><h3 className="text-sm font-medium">Followers</h3><FollowersChart data={series} /></div>
          <div><h3 className="text-sm font-medium">Engagement rate</h3><EngagementChart data={series} /></div>
        </div>
      )}
      <h3 className="mt-3 text-sm font-medium">Tier changes</h3>
      {changes.length ? (
        <ul className="mt-1 space-y-1 text-sm">
          {changes.map((ch) => (
            <li key={ch.date} className="flex items-center gap-2"><span className="tabular-nums text-slate-600">{ch.date}</span><TierBadge tier={ch.from} /> → <TierBadge tier={ch.to} /></li>
          ))}
        </ul>
      ) : <p className="mt-1 text-sm text-slate-500">No tier change in the recorded history.</p>}
    </section>
  );
}
