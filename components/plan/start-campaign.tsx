"use client";
// "Start a campaign" from one plan option: POST /api/campaigns { from: "plan", … } (the server plans
// again with the same parameters, saves the option as a list and freezes the predictions), then the
// campaign's report.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { planCampaignBody } from "@/lib/domain/campaigns";

const field = "mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";
type Refusal = { message: string; fields?: Record<string, string[]> };

export function StartCampaign({ kind, plan, defaultName, today }: { kind: string; plan: Record<string, unknown>; defaultName: string; today: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  async function start(form: FormData) {
    setBusy(true);
    setRefusal(null);
    const text = (k: string) => String(form.get(k) ?? "").trim();
    const body = planCampaignBody(plan, kind, { name: text("name"), startsOn: text("startsOn"), endsOn: text("endsOn") || undefined });
    try {
      const res = await fetch("/api/campaigns", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const out = (await res.json().catch(() => null)) as { id?: string; error?: Refusal } | null;
      if (res.ok && out?.id) {
        router.push(`/campaigns/${encodeURIComponent(out.id)}`);
        return;
      }
      setRefusal(out?.error ?? { message: `The server answered ${res.status}.` });
    } catch {
      setRefusal({ message: "Could not reach the server. Check the connection and try again." });
    }
    setBusy(false);
  }

  const err = (k: string) => refusal?.fields?.[k]?.map((m) => <p key={m} className="mt-1 text-xs text-red-700">{m}</p>);
  return (
    <form action={start} className="space-y-2 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm" aria-label={`Start a campaign from the ${kind} option`}>
      <div>
        <label htmlFor={`camp-name-${kind}`} className="block text-xs font-medium text-slate-600">Campaign name</label>
        <input id={`camp-name-${kind}`} name="name" defaultValue={defaultName} required maxLength={120} className={field} />
        {err("name")}
      </div>
      <div className="grid grid-cols-2 gap-2">
        <div>
          <label htmlFor={`camp-start-${kind}`} className="block text-xs font-medium text-slate-600">Starts</label>
          <input id={`camp-start-${kind}`} name="startsOn" type="date" required defaultValue={today} className={field} />
          {err("startsOn")}
        </div>
        <div>
          <label htmlFor={`camp-end-${kind}`} className="block text-xs font-medium text-slate-600">Ends (optional)</label>
          <input id={`camp-end-${kind}`} name="endsOn" type="date" className={field} />
          {err("endsOn")}
        </div>
      </div>
      <Button type="submit" disabled={busy} className="w-full">{busy ? "Starting…" : "Start a campaign"}</Button>
      <p className="text-xs text-slate-700">Books these creators for the plan&apos;s budget and freezes today&apos;s predictions.</p>
      {refusal ? <p role="alert" className="text-xs text-red-700">{refusal.message}</p> : null}
    </form>
  );
}
