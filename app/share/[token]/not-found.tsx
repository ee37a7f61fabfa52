export default function ShareNotFound() {
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <p className="text-sm font-semibold text-slate-500">404</p>
      <h1 className="mt-2 text-2xl font-semibold">This link does not work</h1>
      <p className="mt-2 text-slate-600">It may have expired or been revoked. Ask the person who sent it for a new one.</p>
    </main>
  );
}
