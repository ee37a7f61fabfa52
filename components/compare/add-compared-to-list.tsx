"use client";
// Add one, several or all compared creators to one of the organisation's lists, or to a new one.
import Link from "next/link";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/http/action";
import type { AddComparedInput } from "@/lib/validation/compare";

type Result = { added: string[]; already: string[]; missing: string[]; shortlistId: string };
type Props = {
  creators: { id: string; handle: string }[];
  shortlists: { id: string; name: string }[];
  add: (prev: ActionState<Result> | undefined, input: AddComparedInput) => Promise<ActionState<Result>>;
};

const NEW = "__new__";

export function AddComparedToList({ creators, shortlists, add }: Props) {
  const [target, setTarget] = useState(shortlists[0]?.id ?? NEW);
  const [newName, setNewName] = useState("");
  const [chosen, setChosen] = useState<string[]>(creators.map((c) => c.id));
  const [state, setState] = useState<{ message: string; error: boolean; listId?: string } | null>(null);
  const [pending, start] = useTransition();
  const id = useId();
  const listName = target === NEW ? newName.trim() : shortlists.find((s) => s.id === target)?.name;

  const submit = () =>
    start(async () => {
      const input: AddComparedInput = target === NEW ? { newListName: newName, creatorIds: chosen } : { shortlistId: target, creatorIds: chosen };
      const res = await add(undefined, input);
      if (!res.data) {
        const detail = res.fields ? Object.values(res.fields).flat().join(" ") : "";
        setState({ message: [res.error ?? "Could not add.", detail].filter(Boolean).join(" "), error: true });
        return;
      }
      const { added, already, shortlistId } = res.data;
      const parts = [`Added ${added.length} to “${listName}”`];
      if (already.length) parts.push(`${already.length} already on it`);
      setState({ message: `${parts.join("; ")}.`, error: false, listId: shortlistId });
    });

  const toggle = (id: string) => setChosen((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : creators.map((c) => c.id).filter((x) => x === id || ids.includes(x))));

  return (
    <section aria-labelledby="add-h" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="add-h" className="font-semibold">Add to a list</h2>
      <fieldset className="mt-2">
        <legend className="text-xs text-slate-500">Creators</legend>
        <div className="mt-1 flex flex-wrap gap-3 text-sm">
          {creators.map((c) => (
            <label key={c.id} className="flex items-center gap-1">
              <input type="checkbox" checked={chosen.includes(c.id)} onChange={() => toggle(c.id)} /> @{c.handle}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-3 flex flex-wrap items-end gap-2">
        <div className="flex flex-col text-xs text-slate-500">
          <label htmlFor={`${id}-list`}>List</label>
          <select id={`${id}-list`} value={target} onChange={(e) => setTarget(e.target.value)} className="mt-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm text-slate-800">
            {shortlists.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            <option value={NEW}>New list…</option>
          </select>
        </div>
        {target === NEW ? (
          <div className="flex flex-col text-xs text-slate-500">
            <label htmlFor={`${id}-name`}>New list name</label>
            <input id={`${id}-name`} value={newName} onChange={(e) => setNewName(e.target.value)} maxLength={120} className="mt-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm text-slate-800" />
          </div>
        ) : null}
        <Button type="button" onClick={submit} disabled={pending || chosen.length === 0}>
          {pending ? "Adding…" : chosen.length === creators.length ? `Add all ${creators.length} to list` : `Add ${chosen.length} to list`}
        </Button>
      </div>
      {state ? (
        <p role={state.error ? "alert" : "status"} className={state.error ? "mt-2 text-sm text-red-700" : "mt-2 text-sm text-emerald-700"}>
          {state.message} {state.listId ? <Link href={`/compare?list=${encodeURIComponent(state.listId)}`} className="underline">Compare this list</Link> : null}
        </p>
      ) : null}
    </section>
  );
}
