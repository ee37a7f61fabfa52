import Link from "next/link";
import { TierBadge } from "@/components/catalog/tier-badge";
import { formatCompact, formatPercent } from "@/lib/domain/format";
import type { SimilarCreator } from "@/lib/queries/similar";
import { nicheName } from "@/lib/domain/niches";
import { formatHandle } from "@/lib/domain/handles";

export function SimilarCreators({ items }: { items: SimilarCreator[] }) {
  return (
    <section aria-labelledby="sim-h" className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="sim-h" className="font-semibold">Similar creators</h2>
      <p className="text-xs text-slate-500">Same platform, shared niches, same or neighbouring tier; closest engagement rate first, same country preferred.</p>
      {items.length ? (
        <ul className="mt-2 divide-y divide-slate-100 text-sm">
          {items.map((s) => (
            // Wraps on a phone: a long handle, its badge and figures in one unbroken row widened the page.
            <li key={s.id} className="flex flex-wrap items-center gap-x-2 gap-y-0.5 py-1.5">
              <Link href={`/creators/${s.id}`} className="font-medium text-brand-700 hover:underline">{formatHandle(s.handle)}</Link>
              <TierBadge tier={s.tier} />
              <span className="tabular-nums text-slate-600">{formatCompact(s.followers)} · {formatPercent(s.engagementRate, 2)}</span>
              <span className="ml-auto text-xs text-slate-500">{s.country ?? "—"} · {s.niches.map(nicheName).join(", ")}</span>
            </li>
          ))}
        </ul>
      ) : <p className="mt-2 text-sm text-slate-500">No lookalikes found.</p>}
    </section>
  );
}
