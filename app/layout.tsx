import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Scout", template: "%s · Scout" },
  description: "Open creator discovery: search, score and plan influencer campaigns.",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, the 404 page too: the Content-Security-Policy's nonce is made
  // per request (proxy.ts), and a page prerendered at build time would carry scripts without it.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
