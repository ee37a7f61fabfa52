// One post as a person or a file gives it (text or numbers), checked into clean figures. Shared by
// the JSON API, the typed row on the campaign page and the file import, so all three read a value
// alike. A blank or missing metric is unknown, never zero. Pure.
import { readNumberText } from "../number-format";
import { POST_COUNTS, POST_METRICS, type PostFigures, type PostMetric } from "./types";

export type PostInputFields = {
  url?: unknown;
  creator?: unknown;
  postedAt?: unknown;
  format?: unknown;
  caption?: unknown;
} & Partial<Record<PostMetric, unknown>>;

export type CleanPost = PostFigures & { url: string; creator: string | null; postedAt?: Date; format?: string; caption?: string };
export type PostInputResult = { ok: true; post: CleanPost } | { ok: false; errors: Record<string, string> };

export const MAX_COUNT = 1e13;
export const MAX_REVENUE = 1e11;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && !v.trim());

/** A count or an amount: a finite number, or text such as "12,400", "12.4K", "1.2 Mio." */
export function readMetric(v: unknown, integer: boolean): number | { error: string } {
  let n: number;
  if (typeof v === "number") n = v;
  else if (typeof v === "string") {
    const text = v.trim().replace(/^[$€£¥]\s*|\s*[$€£¥]$/g, "");
    const r = readNumberText(text, { units: true, decimal: null, singleDotThousands: false });
    if ("error" in r) return { error: `is not a number (“${v.trim().slice(0, 40)}”)` };
    n = r.sign * r.n;
  } else return { error: "is not a number" };
  if (!Number.isFinite(n)) return { error: "is not a number" };
  if (n < 0) return { error: "cannot be negative" };
  if (integer) {
    n = Math.round(n);
    if (n > MAX_COUNT) return { error: "is too large" };
  } else if (n > MAX_REVENUE) return { error: "is too large" };
  return n;
}

/** An http(s) URL, trimmed, without its #fragment; the key of a post within its campaign. */
export function normalisePostUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.hash = "";
  u.hostname = u.hostname.toLowerCase();
  return u.toString();
}

/** The handle a post URL names, if it does (tiktok.com/@ann/video/1, youtube.com/@ann/...). */
export function handleFromUrl(url: string): string | null {
  const m = /\/@([\w.-]+)/.exec(url);
  return m ? m[1]!.toLowerCase() : null;
}

export function readDate(v: unknown): Date | { error: string } {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { error: "is not a date" } : v;
  if (typeof v === "number" && Number.isFinite(v)) {
    // A spreadsheet serial day (1900 system), as XLSX readers may give a date cell.
    if (v > 20_000 && v < 80_000) return new Date(Math.round((v - 25569) * 86_400_000));
    return { error: "is not a date" };
  }
  if (typeof v !== "string") return { error: "is not a date" };
  const s = v.trim();
  const iso = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(s);
  if (!iso) return { error: `is not a date: give it as YYYY-MM-DD (“${s.slice(0, 40)}”)` };
  const d = new Date(s.length === 10 ? `${s}T00:00:00Z` : s.replace(" ", "T"));
  return Number.isNaN(d.getTime()) ? { error: "is not a date" } : d;
}

const text = (v: unknown, max: number) => (blank(v) ? undefined : String(v).trim().slice(0, max));

export function cleanPostInput(raw: PostInputFields): PostInputResult {
  const errors: Record<string, string> = {};
  const url = typeof raw.url === "string" ? normalisePostUrl(raw.url) : null;
  if (!url) errors.url = blank(raw.url) ? "The post's URL is missing." : "The post's URL is not an http(s) address.";
  const out: CleanPost = { url: url ?? "", creator: null };
  const creator = text(raw.creator, 200)?.replace(/^@/, "").toLowerCase() ?? null;
  out.creator = creator || (url ? handleFromUrl(url) : null);
  if (!blank(raw.postedAt)) {
    const d = readDate(raw.postedAt);
    if (d instanceof Date) out.postedAt = d;
    else errors.postedAt = `The date ${d.error}.`;
  }
  out.format = text(raw.format, 40)?.toLowerCase();
  out.caption = text(raw.caption, 5000);
  for (const k of POST_METRICS) {
    const v = raw[k];
    if (blank(v)) continue;
    const r = readMetric(v, (POST_COUNTS as readonly string[]).includes(k));
    if (typeof r === "number") out[k] = r;
    else errors[k] = `${k} ${r.error}.`;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, post: out };
}
