"use client";
// The root layout itself failed: this replaces it, so it brings its own <html> and <body>.
import { PageError } from "@/components/errors/page-error";
import "./globals.css";

export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 p-6 text-slate-900 antialiased">
        <PageError {...props} />
      </body>
    </html>
  );
}
