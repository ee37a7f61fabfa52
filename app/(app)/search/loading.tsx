export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading creators" className="space-y-3">
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-20 animate-pulse rounded-lg bg-slate-200" />
      {Array.from({ length: 8 }, (_, i) => <div key={i} className="h-10 animate-pulse rounded bg-slate-100" />)}
    </div>
  );
}
