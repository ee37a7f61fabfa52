"use client";
// A panel that folds away: open by default on a wide screen, folded under one line on a phone so
// the results come first. `defaultOpen` overrides the screen's choice (the "More filters" part opens
// by itself when one of its filters is set); once a person opens or closes it, it stays so.
import { useState, useSyncExternalStore } from "react";

const WIDE = "(min-width: 768px)";
function subscribeWide(cb: () => void) {
  const mq = window.matchMedia(WIDE);
  mq.addEventListener("change", cb);
  return () => mq.removeEventListener("change", cb);
}

export function FoldingPanel({ summary, defaultOpen, summaryClassName, className, children, testId }: {
  summary: React.ReactNode; defaultOpen?: boolean; summaryClassName?: string; className?: string; children: React.ReactNode; testId?: string;
}) {
  const wide = useSyncExternalStore(subscribeWide, () => window.matchMedia(WIDE).matches, () => true);
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? defaultOpen ?? wide;
  return (
    <details open={open} className={className} data-testid={testId}
      onToggle={(e) => { const o = e.currentTarget.open; if (o !== open) setChosen(o); }}>
      <summary className={`cursor-pointer select-none ${summaryClassName ?? ""}`}>{summary}</summary>
      {children}
    </details>
  );
}
