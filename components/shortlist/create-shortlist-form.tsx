"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/http/action-state";

/** `create`: the server action (app/(app)/shortlists/actions.ts), passed in by the page. */
export function CreateShortlistForm({ create }: { create: FormAction }) {
  const [state, action, pending] = useActionState(create, {});
  return (
    <form action={action} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="min-w-56 flex-1">
        <label htmlFor="sl-name" className="block text-xs font-medium text-slate-600">New shortlist</label>
        <input id="sl-name" name="name" required maxLength={120} placeholder="e.g. Summer launch, micro tier"
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm" aria-invalid={!!state.fields?.name} />
        {state.fields?.name?.map((m) => <p key={m} className="mt-1 text-xs text-red-700">{m}</p>)}
      </div>
      <div className="min-w-56 flex-[2]">
        <label htmlFor="sl-description" className="block text-xs font-medium text-slate-600">Description (optional)</label>
        <input id="sl-description" name="description" maxLength={2000} className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create shortlist"}</Button>
      {state.error ? <p role="alert" className="w-full text-sm text-red-700">{state.error}</p> : null}
      {state.ok ? <p role="status" className="w-full text-sm text-emerald-700">{state.ok}</p> : null}
    </form>
  );
}
