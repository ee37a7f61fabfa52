// A visible mark on metrics older than the configured age (InstanceSettings.staleDays, 90 by default).
import { isStale } from "@/lib/domain/alerts";

export function StaleMark({ metricsAsOf, staleDays, now = new Date() }: { metricsAsOf: Date | string; staleDays: number; now?: Date }) {
  if (!isStale(metricsAsOf, now, staleDays)) return null;
  const days = Math.floor((now.getTime() - new Date(metricsAsOf).getTime()) / 86_400_000);
  return (
    <span data-testid="stale-mark" title={`Metrics measured ${days} days ago, more than ${staleDays} days: re-import this creator before relying on them`}
      className="ml-1 inline-flex items-center rounded-full bg-amber-50 px-1.5 py-0.5 text-[10px] font-semibold uppercase tracking-wide text-amber-800 ring-1 ring-inset ring-amber-200">
      stale<span className="sr-only">: metrics {days} days old</span>
    </span>
  );
}
