import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <p className="text-sm font-semibold text-red-600">403</p>
      <h1 className="mt-2 text-2xl font-semibold">You don&apos;t have access to this page</h1>
      <p className="mt-2 text-slate-600">It needs a role your account does not have. Ask an admin of your organisation.</p>
      <Link href="/search" className="mt-6 inline-block text-brand-600 underline">Back to search</Link>
    </main>
  );
}
