// The raw body of a results upload, refused beyond the limit (declared or read: 413) or when empty
// (422). The reading itself is lib/http/body.ts's, the one bounded reader.
import { UnprocessableError } from "@/lib/domain/errors";
import { readBoundedBody } from "@/lib/http/body";

class TooLarge extends UnprocessableError {
  override readonly tooLarge = true;
}

export async function readUpload(req: Request, limit: number): Promise<Uint8Array> {
  const read = await readBoundedBody(req, limit);
  if (!read.ok && read.reason === "too_large") throw new TooLarge(`The file is over ${Math.round(limit / 1024 / 1024)} MB: split it.`);
  if (!read.ok || !read.bytes.byteLength) throw new UnprocessableError("The file is empty.");
  return read.bytes;
}
