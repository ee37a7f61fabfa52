export default function Loading() {
  return (
    <main className="space-y-4" aria-busy="true">
      <h1 className="text-2xl font-semibold">Dashboard</h1>
      <p className="text-sm text-slate-500">Loading your work and the catalog figures…</p>
      <div className="grid gap-4 lg:grid-cols-2">{[0, 1, 2, 3].map((i) => <div key={i} className="h-40 animate-pulse rounded-lg bg-slate-100" />)}</div>
    </main>
  );
}
