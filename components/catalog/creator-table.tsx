import { formatCompact, formatPercent } from "@/lib/domain/format";
import type { CatalogRow } from "@/lib/queries/creators";
import { TierBadge } from "./tier-badge";

const PLATFORM_LABEL: Record<string, string> = {
  instagram: "Instagram", tiktok: "TikTok", youtube: "YouTube", x: "X", twitch: "Twitch", other: "Other",
};

export function CreatorTable({ rows }: { rows: CatalogRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2">Creator</th>
            <th scope="col" className="px-4 py-2">Platform</th>
            <th scope="col" className="px-4 py-2 text-right">Followers</th>
            <th scope="col" className="px-4 py-2">Tier</th>
            <th scope="col" className="px-4 py-2 text-right" title="(average likes + average comments) / followers">Engagement</th>
            <th scope="col" className="px-4 py-2">Country</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((c) => (
            <tr key={c.id} className="hover:bg-slate-50">
              <td className="px-4 py-2">
                <div className="font-medium">@{c.handle}</div>
                {c.displayName ? <div className="text-xs text-slate-500">{c.displayName}</div> : null}
              </td>
              <td className="px-4 py-2">{PLATFORM_LABEL[c.platform]}</td>
              <td className="px-4 py-2 text-right tabular-nums">{formatCompact(c.followers)}</td>
              <td className="px-4 py-2"><TierBadge tier={c.tier} /></td>
              <td className="px-4 py-2 text-right tabular-nums" title={c.engagementMethod ? `method: by ${c.engagementMethod}` : "no engagement data"}>
                {formatPercent(c.engagementRate, 2)}
              </td>
              <td className="px-4 py-2">{c.country ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
