// The raw body of an upload, refused beyond the limit (declared or read).
import { UnprocessableError } from "@/lib/domain/errors";

class TooLarge extends UnprocessableError {
  override readonly tooLarge = true;
}

export async function readUpload(req: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(req.headers.get("content-length") ?? Number.NaN);
  const tooBig = () => new TooLarge(`The file is over ${Math.round(limit / 1024 / 1024)} MB: split it.`);
  if (Number.isFinite(declared) && declared > limit) throw tooBig();
  if (!req.body) throw new UnprocessableError("The file is empty.");
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooBig();
    }
    chunks.push(value);
  }
  if (!size) throw new UnprocessableError("The file is empty.");
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
