export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading the campaign report" className="space-y-3">
      <div className="h-8 w-80 animate-pulse rounded bg-slate-200" />
      <div className="grid grid-cols-4 gap-3">{Array.from({ length: 8 }, (_, i) => <div key={i} className="h-20 animate-pulse rounded-lg bg-slate-100" />)}</div>
      <div className="h-64 animate-pulse rounded-lg bg-slate-100" />
    </div>
  );
}
