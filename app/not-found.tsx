import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <p className="text-sm font-semibold text-slate-500">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600">This page or record does not exist, or is not visible to your organisation.</p>
      <Link href="/search" className="mt-6 inline-block text-brand-600 underline">Back to search</Link>
    </main>
  );
}
