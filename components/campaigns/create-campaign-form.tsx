"use client";
import Link from "next/link";
// Start a campaign from one of your shortlists: its creators (less those rejected), with their agreed
// prices as fees and the planner's predictions frozen today.
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState, FormAction } from "@/lib/http/action-state";

const field = "mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";

export function CreateCampaignForm({ lists, create, today }: { lists: { id: string; name: string; size: number }[]; create: FormAction<{ id: string }>; today: string }) {
  const router = useRouter();
  const [state, action, pending] = useActionState<ActionState<{ id: string }>, FormData>(create, {});
  useEffect(() => {
    if (state.data?.id) router.push(`/campaigns/${state.data.id}`);
  }, [state.data?.id, router]);
  const err = (k: string) => state.fields?.[k]?.map((m) => <p key={m} className="mt-1 text-xs text-red-700">{m}</p>);
  if (!lists.length) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">Start a campaign from a shortlist: <Link className="text-brand-700 underline" href="/shortlists">create one</Link> first, or save an option of the <Link className="text-brand-700 underline" href="/plan">planner</Link>.</p>;
  return (
    <form action={action} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-6" aria-label="Start a campaign">
      <label className="block text-xs font-medium text-slate-600 md:col-span-2">From the shortlist
        <select name="shortlistId" className={field}>{lists.map((l) => <option key={l.id} value={l.id}>{l.name} ({l.size})</option>)}</select>
      </label>
      <label className="block text-xs font-medium text-slate-600 md:col-span-2">Campaign name<input name="name" required maxLength={120} className={field} />{err("name")}</label>
      <label className="block text-xs font-medium text-slate-600">Budget<input name="budget" required inputMode="decimal" className={field} />{err("budget")}</label>
      <label className="block text-xs font-medium text-slate-600">Currency<input name="currency" defaultValue="USD" maxLength={3} className={field} />{err("currency")}</label>
      <label className="block text-xs font-medium text-slate-600">Starts<input name="startsOn" type="date" required defaultValue={today} className={field} />{err("startsOn")}</label>
      <label className="block text-xs font-medium text-slate-600">Ends<input name="endsOn" type="date" className={field} />{err("endsOn")}</label>
      <label className="block text-xs font-medium text-slate-600">Goal
        <select name="goal" className={field} defaultValue="engagement"><option value="awareness">Awareness</option><option value="engagement">Engagement</option><option value="conversions">Conversions</option></select>
      </label>
      <div className="flex items-end md:col-span-3"><Button type="submit" disabled={pending}>{pending ? "Starting…" : "Start campaign"}</Button></div>
      {state.error ? <p role="alert" className="text-sm text-red-700 md:col-span-6">{state.error}</p> : null}
    </form>
  );
}
