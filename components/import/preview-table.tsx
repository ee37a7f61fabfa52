// Step 3: the first rows exactly as they will be stored, and the reason for each row that won't be.
import { TierBadge } from "@/components/catalog/tier-badge";
import { formatCompact, formatPercent, formatPlatform } from "@/lib/domain/format";
import type { EngagementMethod, Tier } from "@/lib/domain/types";
import type { PreviewRow } from "@/lib/import/preview";
import { ENGAGEMENT_METHOD_LABEL } from "./labels";
import { formatHandle } from "@/lib/domain/handles";

export function PreviewTable({ rows }: { rows: PreviewRow[] }) {
  if (!rows.length) return <p className="mt-3 text-sm text-slate-600">The file has no data rows to preview.</p>;
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="preview-table">
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th className="py-1 pr-3 text-right">Line</th><th className="pr-3">Handle</th><th className="pr-3">Name</th><th className="pr-3">Platform</th>
            <th className="pr-3 text-right">Followers</th><th className="pr-3">Tier</th><th className="pr-3 text-right">Engagement</th><th>Country</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => r.ok ? (
            <tr key={r.line} className="border-t border-slate-100">
              <td className="py-1 pr-3 text-right tabular-nums text-slate-500">{r.line}</td>
              <td className="pr-3 font-medium">{formatHandle(r.handle)}</td>
              <td className="max-w-56 truncate pr-3" title={r.displayName ?? undefined}>{r.displayName ?? "—"}</td>
              <td className="pr-3">{formatPlatform(r.platform)}</td>
              <td className="pr-3 text-right tabular-nums" title={r.followers.toLocaleString("en-US")}>{formatCompact(r.followers)}</td>
              <td className="pr-3"><TierBadge tier={r.tier as Tier} /></td>
              <td className="pr-3 text-right tabular-nums">
                {r.engagementRate === null ? <span className="text-slate-500" title="No likes, views or rate in this row">—</span> : (
                  <>
                    {formatPercent(r.engagementRate)}
                    {r.engagementMethod && <span className="block text-xs text-slate-500">{ENGAGEMENT_METHOD_LABEL[r.engagementMethod as EngagementMethod]}</span>}
                  </>
                )}
              </td>
              <td>{r.country ?? "—"}</td>
            </tr>
          ) : (
            <tr key={r.line} className="border-t border-slate-100 bg-red-50/60 text-red-800">
              <td className="py-1 pr-3 text-right tabular-nums">{r.line}</td>
              <td colSpan={7}><span className="font-medium">Will be rejected:</span> {r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
