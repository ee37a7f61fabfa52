"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { AlertSettings } from "@/lib/domain/alerts";
import type { FormAction } from "@/lib/http/action-state";

const FIELDS: { name: keyof AlertSettings; label: string; unit: string; help: string }[] = [
  { name: "driftPercent", label: "Tier drift", unit: "% of the upper bound", help: "within this much of its tier's upper bound (10: a micro at 45,000 of 50,000)" },
  { name: "jumpPercent", label: "Follower jump", unit: "% more followers", help: "between two measurements, with engagements rising less than half as much" },
  { name: "dropPercent", label: "Engagement drop", unit: "% lower rate", help: "engagement rate down this much between two measurements" },
  { name: "staleDays", label: "Stale after", unit: "days", help: "metrics older than this are marked stale everywhere and raise an alert" },
];

/** `save`: the server action (app/(app)/admin/actions.ts), passed in by the page. */
export function AlertSettingsForm({ current, save }: { current: AlertSettings; save: FormAction }) {
  const [state, action, pending] = useActionState(save, {});
  return (
    <form action={action} className="space-y-3">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-4">
        {FIELDS.map((f) => (
          <div key={f.name}>
            <label htmlFor={f.name} className="block text-xs font-medium text-slate-600">{f.label} ({f.unit})</label>
            <input id={f.name} name={f.name} type="number" min={1} step={1} defaultValue={current[f.name]} required
              className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm tabular-nums" />
            <p className="mt-1 text-xs text-slate-500">{f.help}</p>
            {state.fields?.[f.name]?.map((m) => <p key={m} className="mt-1 text-xs text-red-700">{m}</p>)}
          </div>
        ))}
      </div>
      {state.error ? <p role="alert" className="text-sm text-red-700">{state.error}</p> : null}
      {state.ok ? <p role="status" className="text-sm text-emerald-700">{state.ok}</p> : null}
      <Button type="submit" disabled={pending}>Save alert settings</Button>
    </form>
  );
}
