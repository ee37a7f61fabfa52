"use client";
// The list as a whole: name, description and brief; archive or restore; duplicate; delete (asks first).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi, listUrl } from "./api";

type Props = {
  list: { id: string; name: string; description: string | null; briefId: string | null; archived: boolean };
  briefs: { id: string; name: string }[];
  canManage: boolean;
};
const input = "mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm font-normal";
const btn = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";

export function ListSettings({ list, briefs, canManage }: Props) {
  const router = useRouter();
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [confirming, setConfirming] = useState(false);
  const report = (res: Awaited<ReturnType<typeof callApi>>, ok: string) => {
    setMsg(res.ok ? { ok: true, text: ok } : { ok: false, text: res.message });
    setFields(res.ok ? {} : (res.fields ?? {}));
    return res.ok;
  };
  const save = async (form: FormData) => {
    const res = await callApi("PATCH", listUrl(list.id), { name: form.get("name"), description: form.get("description"), briefId: form.get("briefId") });
    if (report(res, "Saved.")) router.refresh();
  };
  const archive = async () => {
    const res = await callApi("PATCH", listUrl(list.id), { archived: !list.archived });
    if (report(res, list.archived ? "Restored." : "Archived.")) router.refresh();
  };
  const duplicate = async (form: FormData) => {
    const res = await callApi<{ id: string }>("POST", listUrl(list.id, "/duplicate"), { name: form.get("copyName") });
    if (report(res, "Duplicated.") && res.ok) router.push(`/shortlists/${res.data.id}`);
  };
  const remove = async () => {
    const res = await callApi("DELETE", listUrl(list.id));
    if (report(res, "Deleted.")) router.push("/shortlists");
  };
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold">List settings</summary>
      <form action={save} className="mt-3 grid gap-3 md:grid-cols-3">
        <label className="text-xs font-medium text-slate-600">Name<input name="name" defaultValue={list.name} required maxLength={120} className={input} aria-invalid={!!fields.name} /></label>
        <label className="text-xs font-medium text-slate-600">Description<input name="description" defaultValue={list.description ?? ""} maxLength={2000} className={input} /></label>
        <label className="text-xs font-medium text-slate-600">Brief
          <select name="briefId" defaultValue={list.briefId ?? ""} className={input}>
            <option value="">No brief</option>
            {briefs.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
          </select>
        </label>
        {fields.name ? <p className="text-xs text-red-700 md:col-span-3">{fields.name.join(" ")}</p> : null}
        <div className="md:col-span-3"><button type="submit" className={btn}>Save list details</button></div>
      </form>
      <div className="mt-4 flex flex-wrap items-end gap-3 border-t border-slate-100 pt-3">
        <button type="button" onClick={archive} className={btn}>{list.archived ? "Restore list" : "Archive list"}</button>
        <form action={duplicate} className="flex items-end gap-2">
          <label className="text-xs font-medium text-slate-600">Copy name<input name="copyName" defaultValue={`${list.name} (copy)`} required maxLength={120} className={input} /></label>
          <button type="submit" className={btn}>Duplicate</button>
        </form>
        {canManage ? (
          confirming ? (
            <span className="flex items-center gap-2 text-sm" role="group" aria-label="Confirm delete">
              Delete “{list.name}”, its creators, log and share links? This cannot be undone.
              <button type="button" onClick={remove} className="rounded-md bg-red-600 px-3 py-1.5 text-white hover:bg-red-700">Yes, delete</button>
              <button type="button" onClick={() => setConfirming(false)} className={btn}>Cancel</button>
            </span>
          ) : <button type="button" onClick={() => setConfirming(true)} className="rounded-md border border-red-200 px-3 py-1.5 text-sm text-red-700 hover:bg-red-50">Delete list…</button>
        ) : <span className="text-xs text-slate-500">Only agency staff, admins and the list’s creator may delete it.</span>}
      </div>
      {msg ? <p role={msg.ok ? "status" : "alert"} className={`mt-2 text-sm ${msg.ok ? "text-emerald-700" : "text-red-700"}`}>{msg.text}</p> : null}
    </details>
  );
}
