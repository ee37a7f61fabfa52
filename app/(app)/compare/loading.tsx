export default function Loading() {
  return (
    <main className="space-y-4" aria-busy="true">
      <h1 className="text-2xl font-semibold">Compare creators</h1>
      <div className="h-10 animate-pulse rounded-lg bg-slate-100" />
      <div className="h-96 animate-pulse rounded-lg bg-slate-100" />
    </main>
  );
}
