// The date an import's metrics were measured ("as of"), as people type it: 2026-09-01 (midnight
// UTC) or a full ISO timestamp. A date in the future or before 2004 is a mistake, said plainly.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EARLIEST = Date.UTC(2004, 0, 1);

export type AsOfResult = { ok: true; date: Date } | { ok: false; reason: string };

export function parseAsOf(text: string, now: Date = new Date()): AsOfResult {
  const s = text.trim();
  const m = DATE.exec(s);
  let date: Date;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return { ok: false, reason: `${s} is not a calendar date` };
  } else if (/^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s))) {
    date = new Date(s);
  } else {
    return { ok: false, reason: `"${s}" is not a date: use YYYY-MM-DD, e.g. 2026-09-01` };
  }
  if (date.getTime() > now.getTime() + 86_400_000) return { ok: false, reason: `${s} is in the future: the as-of date is when the metrics were measured` };
  if (date.getTime() < EARLIEST) return { ok: false, reason: `${s} is before 2004: check the year` };
  return { ok: true, date };
}
