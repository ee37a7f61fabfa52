export default function Loading() {
  return (
    <main className="space-y-4" aria-busy="true">
      <h1 className="text-2xl font-semibold">Alerts</h1>
      <p className="text-sm text-slate-500">Loading alerts…</p>
      <div className="h-64 animate-pulse rounded-lg bg-slate-100" />
    </main>
  );
}
