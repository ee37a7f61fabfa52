"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { TierThresholds } from "@/lib/domain/tiers";
import type { FormAction } from "@/lib/http/action-state";

const FIELDS: { name: keyof TierThresholds; label: string }[] = [
  { name: "microMin", label: "Micro from" },
  { name: "microMax", label: "Micro up to" },
  { name: "macroMin", label: "Macro from" },
  { name: "macroMax", label: "Macro up to" },
];

/** `save`: the server action (app/(app)/admin/actions.ts), passed in by the page. */
export function TierThresholdsForm({ current, save }: { current: TierThresholds; save: FormAction }) {
  const [state, action, pending] = useActionState(save, {});
  return (
    <form action={action} className="space-y-3">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {FIELDS.map((f) => (
          <div key={f.name}>
            <label htmlFor={f.name} className="block text-xs font-medium text-slate-600">{f.label} (followers)</label>
            <input id={f.name} name={f.name} type="number" min={1} step={1} defaultValue={current[f.name]} required
              className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm tabular-nums" />
            {state.fields?.[f.name]?.map((m) => <p key={m} className="mt-1 text-xs text-red-700">{m}</p>)}
          </div>
        ))}
      </div>
      <p className="text-xs text-slate-500">Bounds are inclusive. Nano is below micro, mid sits between micro and macro, mega is above macro. Saving re-tiers and re-scores the whole catalog.</p>
      {state.error ? <p role="alert" className="text-sm text-red-700">{state.error}{state.fields?._ ? `: ${state.fields._.join("; ")}` : ""}</p> : null}
      {state.ok ? <p role="status" className="text-sm text-emerald-700">{state.ok}</p> : null}
      <Button type="submit" disabled={pending}>{pending ? "Re-scoring…" : "Save and re-tier"}</Button>
    </form>
  );
}
