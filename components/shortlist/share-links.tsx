"use client";
// Client links of a list: create one (label, days, columns; the URL is shown once), see each link's
// state and decisions, revoke.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/domain/format";
import { DEFAULT_SHARE_COLUMNS, SHARE_COLUMN_KEYS, SHARE_COLUMNS, SHARE_DEFAULT_DAYS, SHARE_MAX_DAYS, type ShareLinkState } from "@/lib/domain/shortlist";
import { callApi, listUrl } from "./api";

type Link = { id: string; label: string | null; columns: string[]; expiresAt: Date; state: ShareLinkState; decisions: number; createdBy: string | null; lastUsedAt: Date | null };
const TONE = { active: "green", revoked: "red", expired: "slate" } as const;
const day = (d: Date) => formatDate(d);

export function ShareLinks({ listId, links }: { listId: string; links: Link[] }) {
  const router = useRouter();
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Held here, not in the form: a form action resets its fields, and the choice should outlive one link.
  const [columns, setColumns] = useState<string[]>([...DEFAULT_SHARE_COLUMNS]);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created);
      setCopied(true);
    } catch {
      setError("Could not copy: select the link and copy it by hand.");
    }
  };
  const create = async (form: FormData) => {
    const res = await callApi<{ url: string }>("POST", listUrl(listId, "/share-links"), { label: form.get("label"), days: form.get("days"), columns: form.getAll("columns") });
    if (!res.ok) return setError(res.fields ? Object.values(res.fields).flat().join(" ") : res.message);
    setError(null);
    setCreated(res.data.url);
    setCopied(false);
    router.refresh();
  };
  const revoke = async (id: string) => {
    const res = await callApi("DELETE", listUrl(listId, `/share-links/${encodeURIComponent(id)}`));
    if (!res.ok) return setError(res.message);
    router.refresh();
  };
  return (
    <section aria-labelledby="share-h" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="share-h" className="font-semibold">Share with the client</h2>
      <p className="text-sm text-slate-600">A read-only link for someone without an account. They see only the columns you choose and can approve or reject each creator. Revoke it at any time.</p>
      {/* onSubmit, not a form action: React resets a form after its action, which would untick the
          chosen columns in the page while their state still says ticked. */}
      <form onSubmit={(e) => { e.preventDefault(); void create(new FormData(e.currentTarget)); }} className="mt-3 flex flex-wrap items-end gap-3">
        <label className="text-xs font-medium text-slate-600">Label<input name="label" maxLength={120} placeholder="e.g. Brand team" className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5 text-sm" /></label>
        <label className="text-xs font-medium text-slate-600">Expires after (days)<input name="days" type="number" min={1} max={SHARE_MAX_DAYS} defaultValue={SHARE_DEFAULT_DAYS} className="mt-1 block w-28 rounded-md border border-slate-300 px-2 py-1.5 text-sm" /></label>
        <fieldset className="text-xs text-slate-600">
          <legend className="font-medium">Columns the client sees (handle and tier always)</legend>
          <div className="mt-1 flex flex-wrap gap-3">
            {SHARE_COLUMN_KEYS.map((k) => (
              <label key={k} className="flex items-center gap-1"><input type="checkbox" name="columns" value={k} checked={columns.includes(k)}
                onChange={(e) => setColumns((prev) => (e.target.checked ? [...prev, k] : prev.filter((c) => c !== k)))} />{SHARE_COLUMNS[k]}</label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">Create share link</button>
      </form>
      {created ? (
        <div role="status" className="mt-3 rounded-md bg-emerald-50 p-3 text-sm text-emerald-800">
          Link created. Copy it now: it is shown only once.
          <div className="mt-1 flex gap-2">
            <input readOnly value={created} aria-label="Share link URL" onFocus={(e) => e.target.select()} className="block min-w-0 flex-1 rounded border border-emerald-200 bg-white px-2 py-1 font-mono text-xs" />
            <button type="button" onClick={() => void copy()} className="shrink-0 rounded-md border border-emerald-300 bg-white px-2 py-1 text-xs font-medium text-emerald-800 hover:bg-emerald-100">
              {copied ? "Copied ✓" : "Copy link"}
            </button>
          </div>
        </div>
      ) : null}
      {error ? <p role="alert" className="mt-2 text-sm text-red-700">{error}</p> : null}
      {links.length ? (
        <div className="mt-3 overflow-x-auto">
        <table className="min-w-full text-sm [&_td]:pr-3 [&_th]:pr-3" data-testid="share-links">
          <thead className="text-left text-xs uppercase text-slate-500"><tr><th className="py-1">Link</th><th>State</th><th>Expires</th><th>Columns</th><th>Decisions</th><th><span className="sr-only">Revoke</span></th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {links.map((l) => (
              <tr key={l.id}>
                <td className="py-1.5">{l.label ?? "Untitled"}{l.createdBy ? <span className="text-xs text-slate-500"> · by {l.createdBy}</span> : null}</td>
                <td><Badge tone={TONE[l.state]}>{l.state}</Badge></td>
                <td className="tabular-nums">{day(l.expiresAt)}</td>
                <td className="text-xs text-slate-600">{l.columns.map((c) => SHARE_COLUMNS[c as keyof typeof SHARE_COLUMNS] ?? c).join(", ")}</td>
                <td className="tabular-nums">{l.decisions}{l.lastUsedAt ? <span className="text-xs text-slate-500"> · opened {day(l.lastUsedAt)}</span> : null}</td>
                <td>{l.state === "active" ? <button type="button" onClick={() => revoke(l.id)} aria-label={`Revoke ${l.label ?? "link"}`} className="rounded-md border border-red-200 px-2 py-1 text-xs text-red-700 hover:bg-red-50">Revoke</button> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      ) : <p className="mt-3 text-sm text-slate-500">No share links yet.</p>}
    </section>
  );
}
