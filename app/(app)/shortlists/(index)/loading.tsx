export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading shortlists" className="space-y-3">
      <div className="h-8 w-64 animate-pulse rounded bg-slate-200" />
      <div className="h-20 animate-pulse rounded-lg bg-slate-200" />
      {Array.from({ length: 3 }, (_, i) => <div key={i} className="h-32 animate-pulse rounded-lg bg-slate-100" />)}
    </div>
  );
}
