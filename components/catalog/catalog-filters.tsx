import { PLATFORMS, TIERS } from "@/lib/domain/types";
import { TIER_LABELS } from "@/lib/domain/tiers";
import type { CatalogQuery } from "@/lib/validation/catalog";
import { buttonClass } from "@/components/ui/button";

/** A plain GET form: works without JavaScript, and submitting it resets to page 1. */
export function CatalogFilters({ query }: { query: CatalogQuery }) {
  return (
    <form method="get" action="/search" role="search" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="min-w-56 flex-1">
        <label htmlFor="q" className="block text-xs font-medium text-slate-600">Handle or name</label>
        <input id="q" name="q" defaultValue={query.q ?? ""} placeholder="e.g. fitness, @anna"
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />
      </div>
      <div>
        <label htmlFor="platform" className="block text-xs font-medium text-slate-600">Platform</label>
        <select id="platform" name="platform" defaultValue={query.platform?.[0] ?? ""} className="mt-1 rounded-md border border-slate-300 px-3 py-2 text-sm">
          <option value="">All platforms</option>
          {PLATFORMS.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </div>
      <fieldset>
        <legend className="block text-xs font-medium text-slate-600">Tier</legend>
        <div className="mt-1 flex gap-2">
          {TIERS.map((t) => (
            <label key={t} className="flex items-center gap-1 text-sm">
              <input type="checkbox" name="tier" value={t} defaultChecked={query.tier?.includes(t)} />
              {TIER_LABELS[t]}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className={buttonClass("primary")}>Apply</button>
    </form>
  );
}
