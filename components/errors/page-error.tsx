"use client";
// What a page shows when it fails. When the database is out of reach (the error's digest says so, or
// /api/health says the database is down) it says exactly that, checks /api/health every few
// seconds, and reloads the page by itself once the database answers again; anything else is the
// generic "something went wrong" with its reference. The server answers such a page with a 503 and
// Retry-After (server.ts); the text never names the server.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { DB_UNAVAILABLE_DIGEST, RETRY_AFTER_SECONDS } from "@/lib/server/db-unavailable";

type Props = { error: Error & { digest?: string }; reset: () => void };

async function databaseUp(): Promise<boolean | null> {
  try {
    const res = await fetch("/api/health", { cache: "no-store" });
    const body = (await res.json()) as { database?: { status?: string } };
    return body.database?.status === "up";
  } catch {
    return null; // the app itself is out of reach: keep what we know
  }
}

export function PageError({ error, reset }: Props) {
  const router = useRouter();
  const [unavailable, setUnavailable] = useState(error.digest === DB_UNAVAILABLE_DIGEST);
  const [checks, setChecks] = useState(0);

  useEffect(() => {
    let stopped = false;
    let seenDown = error.digest === DB_UNAVAILABLE_DIGEST;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const up = await databaseUp();
      if (stopped) return;
      if (up === false) {
        seenDown = true;
        setUnavailable(true);
      }
      if (up === true && seenDown) {
        reset();
        router.refresh();
        return;
      }
      if (up !== true) {
        setChecks((n) => n + 1);
        timer = setTimeout(check, RETRY_AFTER_SECONDS * 1000);
      }
    };
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [error.digest, reset, router]);

  if (unavailable) {
    return (
      <div role="alert" data-testid="db-unavailable" className="mx-auto my-10 max-w-xl rounded-lg border border-amber-300 bg-amber-50 p-6">
        <h1 className="text-lg font-semibold text-amber-900">Database unavailable, retrying</h1>
        <p className="mt-2 text-sm text-amber-900">
          Scout cannot reach its database at the moment. Nothing you saved is lost. This page checks again every {RETRY_AFTER_SECONDS} seconds and
          loads by itself as soon as the database is back{checks > 0 ? ` (checked ${checks} time${checks === 1 ? "" : "s"})` : ""}.
        </p>
        <button onClick={() => { reset(); router.refresh(); }} className="mt-3 rounded-md bg-amber-700 px-3 py-1.5 text-sm text-white">Try now</button>
      </div>
    );
  }
  return (
    <div role="alert" className="mx-auto my-10 max-w-xl rounded-lg border border-red-200 bg-red-50 p-6">
      <h1 className="font-semibold text-red-800">Something went wrong loading this page.</h1>
      <p className="mt-1 text-sm text-red-700">The error was logged{error.digest ? ` (reference ${error.digest})` : ""}. Trying again usually works.</p>
      <button onClick={reset} className="mt-3 rounded-md bg-red-700 px-3 py-1.5 text-sm text-white">Try again</button>
    </div>
  );
}
