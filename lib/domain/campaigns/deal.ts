// A booked creator's deal edited after launch: the agreed fee and the deliverables, read from what a
// person types ("1,250", "2 instagram reel, 1 instagram story") and compared with what was there, so
// each change is recorded old -> new. The frozen predictions are not part of a deal. Pure.
import { formatMoney } from "../format";
import { PLATFORMS, type Platform } from "../types";
import { postsPlanned, type Deliverable } from "./launch";

export const MAX_FEE = 10_000_000;
export const MAX_DELIVERABLE_COUNT = 100;

/** A fee typed or sent: a number, or text such as "1,250" or "$1,250.50". */
export function readFee(v: unknown): { ok: true; fee: number } | { ok: false; error: string } {
  let n: number;
  if (typeof v === "number") n = v;
  else if (typeof v === "string") {
    const t = v.trim().replace(/^\$\s*/, "").replace(/,(?=\d{3}(\D|$))/g, "");
    if (!t) return { ok: false, error: "Give the fee as a number, e.g. 1250." };
    n = /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
  } else n = Number.NaN;
  if (!Number.isFinite(n)) return { ok: false, error: `The fee must be a number, e.g. 1250 (not “${String(v).slice(0, 30)}”).` };
  if (n < 0) return { ok: false, error: "The fee cannot be negative." };
  if (n > MAX_FEE) return { ok: false, error: "The fee can be at most 10,000,000." };
  return { ok: true, fee: Math.round(n * 100) / 100 };
}

const FORMAT = /^[a-z][a-z0-9 _-]{0,39}$/;

/**
 * Deliverables as typed: comma- or semicolon-separated "COUNT PLATFORM FORMAT" ("2 instagram reel,
 * 1 tiktok video"), or the JSON list [{ platform, format, count }]. Every problem is named.
 */
export function readDeliverables(v: unknown): { ok: true; deliverables: Deliverable[] } | { ok: false; error: string } {
  const parts: { count: unknown; platform: unknown; format: unknown; text: string }[] = [];
  if (Array.isArray(v)) {
    for (const d of v) {
      const o = (d ?? {}) as Record<string, unknown>;
      parts.push({ count: o.count, platform: o.platform, format: o.format, text: JSON.stringify(d) });
    }
  } else if (typeof v === "string") {
    for (const raw of v.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean)) {
      const m = /^(\S+)\s*(?:x|×)?\s+(\S+)\s+(.+)$/i.exec(raw);
      parts.push(m ? { count: Number(m[1]), platform: m[2]!.toLowerCase(), format: m[3]!.trim().toLowerCase(), text: raw } : { count: Number.NaN, platform: "", format: "", text: raw });
    }
  } else return { ok: false, error: "Give the deliverables as “COUNT PLATFORM FORMAT”, e.g. 2 instagram reel." };
  if (!parts.length) return { ok: false, error: "Give at least one deliverable, e.g. 1 instagram post." };
  if (parts.length > 20) return { ok: false, error: "At most 20 kinds of deliverable." };
  const out: Deliverable[] = [];
  for (const p of parts) {
    const where = `“${p.text.slice(0, 40)}”`;
    const count = typeof p.count === "number" ? p.count : typeof p.count === "string" ? Number(p.count) : Number.NaN;
    if (!Number.isInteger(count) || count < 1) return { ok: false, error: `${where}: the count must be a whole number of at least 1 (write “COUNT PLATFORM FORMAT”, e.g. 2 instagram reel).` };
    if (count > MAX_DELIVERABLE_COUNT) return { ok: false, error: `${where}: at most ${MAX_DELIVERABLE_COUNT} posts of one kind.` };
    if (typeof p.platform !== "string" || !(PLATFORMS as readonly string[]).includes(p.platform)) return { ok: false, error: `${where}: the platform is one of ${PLATFORMS.join(", ")}.` };
    if (typeof p.format !== "string" || !FORMAT.test(p.format.trim().toLowerCase())) return { ok: false, error: `${where}: name the format in a word or two (post, reel, story, video…).` };
    const format = p.format.trim().toLowerCase();
    const same = out.find((d) => d.platform === p.platform && d.format === format);
    if (same) same.count += count;
    else out.push({ platform: p.platform as Platform, format, count });
  }
  return { ok: true, deliverables: out };
}

/** "2 instagram reel, 1 instagram story": how the page shows (and the form pre-fills) deliverables. */
export function deliverablesText(d: readonly Deliverable[]): string {
  return d.map((x) => `${x.count} ${x.platform} ${x.format}`).join(", ");
}

export type DealChange = { field: "fee" | "deliverables"; before: unknown; after: unknown; text: string };

const sameDeliverables = (a: readonly Deliverable[], b: readonly Deliverable[]) => deliverablesText(a) === deliverablesText(b);

/** What an edit changes, each as old -> new in words; empty when it changes nothing. */
export function dealChanges(
  before: { fee: number | null; deliverables: readonly Deliverable[] },
  edit: { fee?: number; deliverables?: readonly Deliverable[] },
  currency = "USD",
): DealChange[] {
  const out: DealChange[] = [];
  if (edit.fee !== undefined && edit.fee !== before.fee) {
    const was = before.fee === null ? "no fee" : formatMoney(before.fee, currency);
    out.push({ field: "fee", before: before.fee, after: edit.fee, text: `fee ${was} → ${formatMoney(edit.fee, currency)}` });
  }
  if (edit.deliverables && !sameDeliverables(before.deliverables, edit.deliverables)) {
    const n = (d: readonly Deliverable[]) => `${deliverablesText(d) || "none"} (${postsPlanned(d)} ${postsPlanned(d) === 1 ? "post" : "posts"})`;
    out.push({ field: "deliverables", before: before.deliverables, after: edit.deliverables, text: `deliverables ${n(before.deliverables)} → ${n(edit.deliverables)}` });
  }
  return out;
}
