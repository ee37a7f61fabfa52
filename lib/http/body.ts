// Request bodies read with a size limit: a declared Content-Length over the limit is refused before
// anything is read, and a body without one (chunked) is read only up to the limit. Without it,
// route() read any body in full, and parsed it, before the handler could say no. One reader,
// readBoundedBody, for the JSON bodies route() parses and the raw files a handler reads itself
// (a campaign's results upload).
import "server-only";

/** Signed-in routes: the largest JSON any form or API call sends is far below this. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;
/** publicRoute (a share link's client): a decision and a comment of 1,000 characters. */
export const MAX_PUBLIC_JSON_BODY_BYTES = 16 * 1024;

export type BoundedBody = { ok: true; bytes: Uint8Array } | { ok: false; reason: "too_large" | "missing" };

/** The whole body as bytes, or why not: over `limit` (declared or read: the rest is not read), or no body at all. */
export async function readBoundedBody(req: Request, limit: number): Promise<BoundedBody> {
  const declared = Number(req.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return { ok: false, reason: "too_large" };
  if (!req.body) return { ok: false, reason: "missing" };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: "too_large" };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; reason: "too_large" | "invalid" };

export async function readJsonBody(req: Request, limit: number): Promise<JsonBody> {
  const read = await readBoundedBody(req, limit);
  if (!read.ok) return { ok: false, reason: read.reason === "too_large" ? "too_large" : "invalid" };
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(read.bytes)) as unknown };
  } catch {
    return { ok: false, reason: "invalid" };
  }
}
