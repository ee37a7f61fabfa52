"use client";
// What can be done to the selected rows of a list at once.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { SHORTLIST_STATUSES } from "@/lib/domain/shortlist";
import { callApi, listUrl } from "./api";
import { STATUS_LABEL } from "./labels";

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 6;

export function compareHref(creatorIds: readonly string[]): string | null {
  return creatorIds.length >= COMPARE_MIN && creatorIds.length <= COMPARE_MAX ? `/compare?ids=${creatorIds.map(encodeURIComponent).join(",")}` : null;
}

export function CompareLink({ creatorIds }: { creatorIds: readonly string[] }) {
  const href = compareHref(creatorIds);
  const cls = "rounded-md border px-2.5 py-1.5 text-sm font-medium";
  return href ? (
    <Link href={href} className={`${cls} border-brand-300 bg-white text-brand-700 hover:bg-brand-50`}>Compare selected ({creatorIds.length})</Link>
  ) : (
    <span className={`${cls} border-slate-200 text-slate-400`} title={`Select ${COMPARE_MIN} to ${COMPARE_MAX} creators to compare them`} aria-disabled="true">Compare selected</span>
  );
}

export function BulkBar({ listId, itemIds, creatorIds, otherLists, onDone }: { listId: string; itemIds: string[]; creatorIds: string[]; otherLists: { id: string; name: string }[]; onDone: () => void }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [target, setTarget] = useState(otherLists[0]?.id ?? "");
  const run = async (method: "PATCH" | "DELETE" | "POST", path: string, body: Record<string, unknown>, done: (d: Record<string, number>) => string) => {
    const res = await callApi<Record<string, number>>(method, listUrl(listId, path), { itemIds, ...body });
    setMessage(res.ok ? { ok: true, text: done(res.data) } : { ok: false, text: res.message });
    if (res.ok) {
      onDone();
      router.refresh();
    }
  };
  const none = itemIds.length === 0;
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-2 text-sm" role="group" aria-label="Selected creators">
      <span className="text-slate-600">{none ? "Select creators to act on several at once." : `${itemIds.length} selected`}</span>
      <label className="flex items-center gap-1">
        <span className="sr-only">Set status of selected</span>
        <select disabled={none} defaultValue="" onChange={(e) => { const s = e.target.value; e.target.value = ""; if (s) void run("PATCH", "/items", { status: s }, (d) => `Status set on ${d.changed} creators.`); }} className="rounded-md border border-slate-300 px-2 py-1.5 text-sm" aria-label="Set status of selected">
          <option value="">Set status…</option>
          {SHORTLIST_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABEL[s]}</option>)}
        </select>
      </label>
      <button type="button" disabled={none} onClick={() => run("DELETE", "/items", {}, (d) => `Removed ${d.removed} creators.`)} className="rounded-md border border-slate-300 px-2.5 py-1.5 hover:bg-slate-50 disabled:text-slate-400">Remove</button>
      {otherLists.length ? (
        <>
          <select value={target} onChange={(e) => setTarget(e.target.value)} aria-label="Target list" className="rounded-md border border-slate-300 px-2 py-1.5 text-sm">
            {otherLists.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
          </select>
          <button type="button" disabled={none} onClick={() => run("POST", "/items/transfer", { targetId: target, mode: "move" }, (d) => `Moved ${d.moved}${d.already ? ` (${d.already} were already there)` : ""}.`)} className="rounded-md border border-slate-300 px-2.5 py-1.5 hover:bg-slate-50 disabled:text-slate-400">Move</button>
          <button type="button" disabled={none} onClick={() => run("POST", "/items/transfer", { targetId: target, mode: "copy" }, (d) => `Copied ${d.copied}${d.already ? ` (${d.already} were already there)` : ""}.`)} className="rounded-md border border-slate-300 px-2.5 py-1.5 hover:bg-slate-50 disabled:text-slate-400">Copy</button>
        </>
      ) : null}
      <CompareLink creatorIds={creatorIds} />
      {message ? <span role={message.ok ? "status" : "alert"} className={message.ok ? "text-emerald-700" : "text-red-700"}>{message.text}</span> : null}
    </div>
  );
}
