// While a plan is computed (its pool read and three options optimised): the form's and the options' shapes.
export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Planning" className="space-y-4">
      <div className="h-8 w-80 animate-pulse rounded bg-slate-200" />
      <div className="h-56 animate-pulse rounded-lg bg-slate-100" />
      <div className="grid gap-4 md:grid-cols-3">
        {Array.from({ length: 3 }, (_, i) => <div key={i} className="h-80 animate-pulse rounded-lg bg-slate-100" />)}
      </div>
    </div>
  );
}
