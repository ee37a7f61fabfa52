"use client";

export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6">
      <h2 className="font-semibold text-red-800">Something went wrong loading this page.</h2>
      <p className="mt-1 text-sm text-red-700">
        The error was logged{error.digest ? ` (reference ${error.digest})` : ""}. If the database is starting up, retrying usually works.
      </p>
      <button onClick={reset} className="mt-3 rounded-md bg-red-700 px-3 py-1.5 text-sm text-white">Try again</button>
    </div>
  );
}
