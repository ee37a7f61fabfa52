"use client";
// Save an option's creators as a new shortlist, or add them to an existing one.
import Link from "next/link";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState, FormAction } from "@/lib/http/action-state";

const field = "mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";

export type SavePlanOption = FormAction<{ shortlistId: string }>;

export function SaveOption({ kind, creatorIds, lists, defaultName, save }: { kind: string; creatorIds: string[]; lists: { id: string; name: string }[]; defaultName: string; save: SavePlanOption }) {
  const [state, action, pending] = useActionState<ActionState<{ shortlistId: string }>, FormData>(save, {});
  const [mode, setMode] = useState<"new" | "existing">("new");
  return (
    <form action={action} className="space-y-2 rounded-md bg-slate-50 p-3 text-sm" aria-label={`Save the ${kind} option`}>
      <input type="hidden" name="creatorIds" value={creatorIds.join(",")} />
      <input type="hidden" name="mode" value={mode} />
      <div className="flex gap-3 text-xs">
        <label className="flex items-center gap-1"><input type="radio" checked={mode === "new"} onChange={() => setMode("new")} /> New list</label>
        <label className="flex items-center gap-1"><input type="radio" checked={mode === "existing"} onChange={() => setMode("existing")} disabled={!lists.length} /> Add to a list</label>
      </div>
      {mode === "new" ? (
        <div>
          <label htmlFor={`save-name-${kind}`} className="block text-xs font-medium text-slate-600">List name</label>
          <input id={`save-name-${kind}`} name="name" defaultValue={defaultName} maxLength={120} className={field} />
          {state.fields?.name?.map((m) => <p key={m} className="mt-1 text-xs text-red-700">{m}</p>)}
        </div>
      ) : (
        <div>
          <label htmlFor={`save-list-${kind}`} className="block text-xs font-medium text-slate-600">List</label>
          <select id={`save-list-${kind}`} name="shortlistId" className={field}>
            {lists.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
          </select>
        </div>
      )}
      <Button type="submit" variant="secondary" disabled={pending} className="w-full">
        {pending ? "Saving…" : `Save ${creatorIds.length} ${creatorIds.length === 1 ? "creator" : "creators"}`}
      </Button>
      {state.error ? <p role="alert" className="text-xs text-red-700">{state.error}</p> : null}
      {state.ok ? (
        <p role="status" className="text-xs text-emerald-700">
          {state.ok}{" "}
          <Link href={state.data ? `/shortlists/${encodeURIComponent(state.data.shortlistId)}` : "/shortlists"} className="underline">Open the list</Link>
        </p>
      ) : null}
    </form>
  );
}
