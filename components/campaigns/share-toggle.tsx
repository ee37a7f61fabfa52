"use client";
import Link from "next/link";
// Show (or stop showing) the report on the source list's share links.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/http/action-state";

export function ShareToggle({ campaignId, shared, listId, save }: { campaignId: string; shared: boolean; listId: string; save: FormAction }) {
  const [state, action, pending] = useActionState(save, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-3 text-sm">
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="shareWithClient" value={shared ? "false" : "true"} />
      <Button type="submit" variant="secondary" disabled={pending}>{shared ? "Stop showing the report to the client" : "Show this report on the list's share links"}</Button>
      <span className="text-xs text-slate-500">
        {shared ? "Shown read-only on every active share link of " : "Clients open it through a share link of "}
        <Link className="text-brand-700 underline" href={`/shortlists/${listId}`}>the source list</Link>; fees and costs only where the link shares prices.
      </span>
      {state.error ? <p role="alert" className="w-full text-red-700">{state.error}</p> : null}
      {state.ok ? <p role="status" className="w-full text-emerald-700">{state.ok}</p> : null}
    </form>
  );
}
