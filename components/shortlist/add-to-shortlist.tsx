"use client";
// One-click "add to shortlist": the target list is picked once above the results (remembered in
// this browser) and each row's button adds to it. Rows can also be ticked: the selection bar adds
// them all at once or opens them in compare.
import { createContext, useContext, useState, useSyncExternalStore } from "react";

export function useShortlistTarget() {
  return useContext(TargetContext);
}

type Target = {
  shortlists: { id: string; name: string }[];
  targetId: string | null;
  setTargetId: (id: string) => void;
  selected: string[];
  setSelected: (fn: (prev: string[]) => string[]) => void;
  /** Creators known to be on a list (added from this page), by list id: their rows say so. */
  inList: Record<string, readonly string[]>;
  markInList: (listId: string, ids: readonly string[]) => void;
};
const TargetContext = createContext<Target | null>(null);
const KEY = "scout.shortlistTarget";

function subscribe(cb: () => void) {
  window.addEventListener("storage", cb);
  return () => window.removeEventListener("storage", cb);
}

export function ShortlistTargetProvider({ shortlists, children }: { shortlists: { id: string; name: string }[]; children: React.ReactNode }) {
  const stored = useSyncExternalStore(subscribe, () => window.localStorage.getItem(KEY), () => null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [inList, setInList] = useState<Record<string, readonly string[]>>({});
  const markInList = (listId: string, ids: readonly string[]) => setInList((prev) => ({ ...prev, [listId]: [...(prev[listId] ?? []), ...ids] }));
  const candidate = chosen ?? stored;
  const targetId = shortlists.some((s) => s.id === candidate) ? candidate : (shortlists[0]?.id ?? null);
  const setTargetId = (id: string) => {
    setChosen(id);
    window.localStorage.setItem(KEY, id);
  };
  return <TargetContext.Provider value={{ shortlists, targetId, setTargetId, selected, setSelected, inList, markInList }}>{children}</TargetContext.Provider>;
}

export function ShortlistTargetPicker() {
  const ctx = useContext(TargetContext);
  if (!ctx || ctx.shortlists.length === 0) return <p className="text-sm text-slate-500">No shortlists yet in your organisation.</p>;
  return (
    <label className="flex items-center gap-2 text-sm text-slate-600">
      Add to
      <select value={ctx.targetId ?? ""} onChange={(e) => ctx.setTargetId(e.target.value)} className="rounded-md border border-slate-300 px-2 py-1 text-sm">
        {ctx.shortlists.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </select>
    </label>
  );
}

export function AddToShortlistButton({ creatorId, handle }: { creatorId: string; handle: string }) {
  const ctx = useContext(TargetContext);
  type State = "idle" | "saving" | "added" | "already" | "error";
  // Remembered per list: after switching the target list, the button offers to add again.
  const [result, setResult] = useState<{ targetId: string; state: State } | null>(null);
  if (!ctx?.targetId) return null;
  const targetId = ctx.targetId;
  const known = ctx.inList[targetId]?.includes(creatorId) ?? false;
  const state: State = result?.targetId === targetId ? result.state : known ? "already" : "idle";
  const setState = (next: State) => setResult({ targetId, state: next });
  const target = ctx.shortlists.find((s) => s.id === targetId);
  const add = async () => {
    setState("saving");
    try {
      const res = await fetch(`/api/shortlists/${encodeURIComponent(targetId)}/items`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ creatorId }),
      });
      const body = (await res.json().catch(() => ({}))) as { status?: string };
      setState(res.ok ? (body.status === "already" ? "already" : "added") : "error");
    } catch {
      setState("error");
    }
  };
  const label = { idle: "Add", saving: "Adding…", added: "Added ✓", already: "In list ✓", error: "Retry" }[state];
  return (
    <button
      type="button" onClick={add} disabled={state === "saving" || state === "added" || state === "already"}
      aria-label={`Add @${handle} to ${target?.name ?? "shortlist"}`}
      title={state === "error" ? "Could not add; try again." : `Add to ${target?.name}`}
      className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 disabled:border-emerald-200 disabled:bg-emerald-50 disabled:text-emerald-700"
    >
      {label}
    </button>
  );
}
