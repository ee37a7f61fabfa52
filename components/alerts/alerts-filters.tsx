// The alerts page's filters: a plain GET form, so the URL holds them (shareable, back-button safe).
import { ALERT_KINDS, ALERT_LABELS } from "@/lib/domain/alerts";
import type { AlertsQuery } from "@/lib/validation/alerts";
import { buttonClass } from "@/components/ui/button";

const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export function AlertsFilters({ query, lists }: { query: AlertsQuery; lists: { id: string; name: string }[] }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm" aria-label="Filter alerts">
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-600">Status</span>
        <select name="status" defaultValue={query.status ?? ""} className={select}>
          <option value="">All</option>
          <option value="unread">Unread</option>
          <option value="read">Read</option>
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-600">Kind</span>
        <select name="kind" defaultValue={query.kind ?? ""} className={select}>
          <option value="">All kinds</option>
          {ALERT_KINDS.map((k) => <option key={k} value={k}>{ALERT_LABELS[k]}</option>)}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-600">List</span>
        <select name="list" defaultValue={query.list ?? ""} className={select}>
          <option value="">All lists</option>
          {lists.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
        </select>
      </label>
      <button type="submit" className={buttonClass("secondary")}>Apply</button>
      <a href="/alerts" className="text-brand-700 hover:underline">Clear</a>
    </form>
  );
}
