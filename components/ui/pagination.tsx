import Link from "next/link";
import { pageCount } from "@/lib/domain/pagination";
import { formatInteger } from "@/lib/domain/format";

/**
 * Page links that keep every other URL parameter. `totalCapped`: more than `total` match (the count
 * stopped at a cap); the page count is then unknown and "Next" follows while the page is full.
 */
export function Pagination({
  basePath,
  params,
  page,
  pageSize,
  total,
  totalCapped = false,
}: {
  basePath: string;
  params: Record<string, string | string[] | undefined>;
  page: number;
  pageSize: number;
  total: number;
  totalCapped?: boolean;
}) {
  const pages = totalCapped ? Math.max(page + 1, pageCount(total, pageSize)) : pageCount(total, pageSize);
  const href = (p: number) => {
    const usp = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (k === "page" || v === undefined) continue;
      for (const item of Array.isArray(v) ? v : [v]) usp.append(k, item);
    }
    if (p > 1) usp.set("page", String(p));
    const qs = usp.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = totalCapped ? page * pageSize : Math.min(total, page * pageSize);
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-4 py-3 text-sm text-slate-600">
      <p>
        {formatInteger(from)}–{formatInteger(to)} of {formatInteger(total)}
        {totalCapped ? "+" : ""}
      </p>
      <div className="flex items-center gap-2">
        {page > 1 ? (
          <Link rel="prev" href={href(page - 1)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50">
            Previous
          </Link>
        ) : null}
        <span aria-current="page">
          Page {formatInteger(page)}
          {totalCapped ? "" : ` of ${formatInteger(pages)}`}
        </span>
        {page < pages ? (
          <Link rel="next" href={href(page + 1)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50">
            Next
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
