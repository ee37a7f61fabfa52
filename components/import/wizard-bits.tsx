"use client";
// Small pieces of the import wizard: the busy/error notice, the chosen file's state, and the one JSON
// fetch helper its steps share.
import { formatBytes } from "./labels";

export function Notice({ busy, error }: { busy: string | null; error: string | null }) {
  return (
    <>
      {busy && <p className="mt-3 text-sm text-slate-700" role="status"><span aria-hidden className="mr-2 inline-block h-3 w-3 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600 align-[-2px]" />{busy}</p>}
      {error && <p role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 p-2 text-sm text-red-800">{error}</p>}
    </>
  );
}

/** The file the wizard is working on, by name and size, next to the button that replaces it. */
export function FileState({ picked, state }: { picked: { name: string; size: number } | null; state: "chosen" | "uploading" | "uploaded" | "failed" }) {
  if (!picked) return <p id="import-file-status" data-testid="upload-file" className="text-sm text-slate-500">No file chosen yet.</p>;
  const { word, cls } = {
    chosen: { word: "Chosen", cls: "border-slate-200 bg-slate-50 text-slate-700" },
    uploading: { word: "Uploading", cls: "border-slate-200 bg-slate-50 text-slate-700" },
    uploaded: { word: "Uploaded", cls: "border-emerald-200 bg-emerald-50 text-emerald-900" },
    failed: { word: "Not accepted", cls: "border-red-200 bg-red-50 text-red-900" },
  }[state];
  return (
    <p id="import-file-status" data-testid="upload-file" className={`rounded-md border px-2 py-1 text-sm ${cls}`}>
      {state === "uploaded" ? <span aria-hidden className="mr-1">✓</span> : null}
      {word}: <span className="font-medium break-all">{picked.name}</span> · <span className="tabular-nums">{formatBytes(picked.size)}</span>
    </p>
  );
}

export async function api<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init).catch(() => {
    throw new Error("Could not reach the server. Check the connection and try again.");
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? `The server answered ${res.status}.`);
  return body as T;
}
