"use client";
// Ticked rows of the search results: add them all to the chosen list at once, or compare them.
import { useState } from "react";
import { CompareLink } from "./bulk-bar";
import { callApi, listUrl } from "./api";
import { ShortlistTargetPicker, useShortlistTarget } from "./add-to-shortlist";

export function RowCheckbox({ creatorId, handle }: { creatorId: string; handle: string }) {
  const ctx = useShortlistTarget();
  if (!ctx) return null;
  const on = ctx.selected.includes(creatorId);
  return (
    <input
      type="checkbox" checked={on} aria-label={`Select @${handle}`} className="h-4 w-4"
      onChange={(e) => ctx.setSelected((prev) => (e.target.checked ? [...prev.filter((id) => id !== creatorId), creatorId] : prev.filter((id) => id !== creatorId)))}
    />
  );
}

export function SelectionBar() {
  const ctx = useShortlistTarget();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  if (!ctx) return null;
  const target = ctx.shortlists.find((s) => s.id === ctx.targetId);
  const n = ctx.selected.length;
  const addSelected = async () => {
    if (!ctx.targetId || !n) return;
    setSaving(true);
    const res = await callApi<{ added: string[]; already: string[]; missing: string[] }>("POST", listUrl(ctx.targetId, "/items"), { creatorIds: ctx.selected });
    setSaving(false);
    if (!res.ok) return setMessage({ ok: false, text: res.message });
    const { added, already } = res.data;
    setMessage({ ok: true, text: `Added ${added.length} to “${target?.name}”${already.length ? `; ${already.length} already there` : ""}.` });
    ctx.markInList(ctx.targetId, [...added, ...already]);
    ctx.setSelected(() => []);
  };
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Selected creators">
      <ShortlistTargetPicker />
      {target ? (
        <button type="button" disabled={!n || saving} onClick={addSelected} className="rounded-md bg-brand-600 px-2.5 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:bg-slate-300">
          {saving ? "Adding…" : `Add selected to ${target.name}${n ? ` (${n})` : ""}`}
        </button>
      ) : null}
      <CompareLink creatorIds={ctx.selected} />
      {n ? <button type="button" onClick={() => ctx.setSelected(() => [])} className="text-xs text-slate-500 underline">Clear selection</button> : null}
      {message ? <span role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-emerald-700" : "text-red-700"}`}>{message.text}</span> : null}
    </div>
  );
}
