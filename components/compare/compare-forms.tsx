// Plain GET forms: the URL stays the state (shareable, back-button safe), and they work without script.
import { TierBadge } from "@/components/catalog/tier-badge";
import { buttonClass } from "@/components/ui/button";
import { formatCompact } from "@/lib/domain/format";
import { MAX_COMPARE, MIN_COMPARE } from "@/lib/domain/compare";
import type { ComparePickItem } from "@/lib/queries/compare";
import { formatHandle } from "@/lib/domain/handles";

type Named = { id: string; name: string };

/** The brief fit and score are computed against; keeps the compared ids or list. */
export function BriefPicker({ briefs, current, ids, list, fromList }: { briefs: Named[]; current: string | null; ids?: string[]; list?: string; fromList: boolean }) {
  return (
    <form method="get" action="/compare" className="flex flex-wrap items-end gap-2">
      {ids?.length ? <input type="hidden" name="ids" value={ids.join(",")} /> : null}
      {list ? <input type="hidden" name="list" value={list} /> : null}
      <div className="flex flex-col text-xs text-slate-500">
        <label htmlFor="compare-brief">Brief for fit and score</label>
        <select id="compare-brief" name="brief" defaultValue={current ?? ""} className="mt-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm text-slate-800">
          <option value="">{fromList ? "The list's brief" : "No brief"}</option>
          {briefs.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>Apply brief</button>
    </form>
  );
}

/** A list of more than MAX_COMPARE creators: choose which to compare. */
export function ListPicker({ list, creators, brief }: { list: Named & { size: number }; creators: ComparePickItem[]; brief: string | null }) {
  return (
    <form method="get" action="/compare" className="rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="list" value={list.id} />
      {brief ? <input type="hidden" name="brief" value={brief} /> : null}
      <p className="text-sm text-slate-700">
        “{list.name}” holds {list.size} creators. Choose {MIN_COMPARE} to {MAX_COMPARE} of them to compare side by side.
      </p>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {creators.map((c) => (
          <li key={c.id}>
            <label className="flex items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm">
              <input type="checkbox" name="ids" value={c.id} />
              <span className="font-medium">{formatHandle(c.handle)}</span>
              <TierBadge tier={c.tier} />
              <span className="ml-auto tabular-nums text-slate-500">{formatCompact(c.followers)} followers</span>
            </label>
          </li>
        ))}
      </ul>
      <button type="submit" className={buttonClass("primary", "mt-3")}>Compare selected</button>
    </form>
  );
}

/** Why nothing can be compared, and where to go from here. */
export function CompareProblem({ message, shortlists }: { message: string; shortlists: Named[] }) {
  return (
    <div className="space-y-4">
      <div role="alert" className="rounded-lg border border-amber-200 bg-amber-50 p-4">
        <h2 className="font-semibold text-amber-900">Nothing to compare yet</h2>
        <p className="mt-1 text-sm text-amber-900" data-testid="compare-problem">{message}</p>
        <p className="mt-2 text-sm text-amber-800">
          Select {MIN_COMPARE} to {MAX_COMPARE} creators on <a href="/search" className="underline">Search</a> and press Compare, or open a list below.
        </p>
      </div>
      {shortlists.length ? (
        <form method="get" action="/compare" className="flex flex-wrap items-end gap-2">
          <div className="flex flex-col text-xs text-slate-500">
            <label htmlFor="compare-list">Compare a list</label>
            <select id="compare-list" name="list" className="mt-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm text-slate-800">
              {shortlists.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </div>
          <button type="submit" className={buttonClass("secondary")}>Open</button>
        </form>
      ) : null}
    </div>
  );
}
