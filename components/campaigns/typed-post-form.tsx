"use client";
// Type one result: a post's URL, whose it is, and whatever figures you have (blank = unknown).
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/http/action-state";
import { formatHandle } from "@/lib/domain/handles";

const field = "mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";
const METRICS = [["views", "Views"], ["likes", "Likes"], ["comments", "Comments"], ["shares", "Shares"], ["saves", "Saves"], ["linkClicks", "Link clicks"], ["conversions", "Conversions"], ["revenue", "Revenue"]] as const;

export function TypedPostForm({ campaignId, handles, save }: { campaignId: string; handles: string[]; save: FormAction }) {
  const [state, action, pending] = useActionState(save, {});
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="Type a result">
      <input type="hidden" name="campaignId" value={campaignId} />
      <div className="grid gap-3 md:grid-cols-4">
        <label className="block text-xs font-medium text-slate-600 md:col-span-2">Post URL<input name="url" required type="url" placeholder="https://www.instagram.com/p/…" className={field} /></label>
        <label className="block text-xs font-medium text-slate-600">Creator
          <select name="creator" className={field} defaultValue="">
            <option value="">(from the URL or post)</option>
            {handles.map((h) => <option key={h} value={h}>{formatHandle(h)}</option>)}
          </select>
        </label>
        <label className="block text-xs font-medium text-slate-600">Date<input name="postedAt" type="date" className={field} /></label>
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-8">
        {METRICS.map(([k, label]) => <label key={k} className="block text-xs font-medium text-slate-600">{label}<input name={k} inputMode="decimal" className={field} /></label>)}
      </div>
      <div className="grid gap-3 md:grid-cols-4">
        <label className="block text-xs font-medium text-slate-600">Format<input name="format" placeholder="reel, story, video…" className={field} /></label>
        <label className="block text-xs font-medium text-slate-600 md:col-span-3">Caption (checked for a disclosure)<input name="caption" className={field} /></label>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save result"}</Button>
        <span className="text-xs text-slate-500">Leave a figure blank when you do not have it: it stays unknown, never 0. The same URL again updates the post and keeps its history.</span>
      </div>
      {state.error ? <p role="alert" className="text-sm text-red-700">{state.error}</p> : null}
      {state.ok ? <p role="status" className="text-sm text-emerald-700">{state.ok}</p> : null}
    </form>
  );
}
