import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ImportProgress } from "@/components/import/import-progress";
import { formatBytes } from "@/components/import/labels";
import { requirePageUser } from "@/lib/auth/guard";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { jobStatusView } from "@/lib/import/status";
import { getImportJob } from "@/lib/queries/import-jobs";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  await requirePageUser(ADMIN_ONLY, `/admin/imports/${encodeURIComponent(id)}`);
  const job = await getImportJob(id);
  if (!job || job.dryRun) notFound();
  const view = jobStatusView(job);
  return (
    <main className="space-y-4">
      <p className="text-sm"><Link className="text-brand-700 underline" href="/admin/imports">← All imports</Link></p>
      <h1 className="text-2xl font-semibold">Import of {job.fileName}</h1>
      <p className="text-sm text-slate-600">
        {formatBytes(view.fileSize)} · sha256 <span className="font-mono text-xs">{job.fileHash.slice(0, 16)}…</span> · started by {view.createdBy ?? "an unknown user"} at {view.createdAt.slice(0, 16).replace("T", " ")} UTC.
        You can leave this page: the import runs on the server and this bar picks up where it is.
      </p>
      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <ImportProgress initial={view} headingLevel={2} />
      </section>
    </main>
  );
}
