"use client";
// Pages outside the signed-in group (sign-in, a client's share link) and the signed-in group's own
// layout (its session check is the first database read of every page).
import { PageError } from "@/components/errors/page-error";

export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="p-6">
      <PageError {...props} />
    </main>
  );
}
