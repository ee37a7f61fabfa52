// Uploads arrive in chunks (each well under the proxy's body limit), appended to a file on disk in
// order; the declared size is checked before the first byte is accepted, so an oversize file is
// refused before it can fill the disk.
import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ImportFileError, ImportTooLargeError } from "./detect";
import { ensureStorageDir, MAX_UPLOAD_BYTES } from "./files";
import { CHUNK_BYTES } from "./queue-names";

export async function uploadPath(importJobId: string): Promise<string> {
  return path.join(await ensureStorageDir(), `${importJobId}.upload`);
}

export function checkDeclaredSize(size: number): void {
  if (size <= 0) throw new ImportFileError("The file is empty (0 bytes).");
  if (size > MAX_UPLOAD_BYTES) {
    throw new ImportTooLargeError(`The file is ${(size / 1048576).toFixed(1)} MB; the limit is ${(MAX_UPLOAD_BYTES / 1048576).toFixed(0)} MB. Split it or import it with npm run import.`);
  }
}

/**
 * Appends one chunk at `offset`. A chunk at an offset already written (a retry) is ignored; a gap is refused.
 * Returns the bytes stored so far.
 */
export async function appendChunk(file: string, offset: number, declaredSize: number, body: ReadableStream<Uint8Array> | null): Promise<number> {
  const current = (await stat(file).catch(() => null))?.size ?? 0;
  if (offset < current) return current;
  if (offset > current) throw new ImportFileError(`Chunk at byte ${offset} arrived before byte ${current}; resend from ${current}.`);
  if (!body) throw new ImportFileError("The chunk was empty.");
  let written = 0;
  const limit = Math.min(CHUNK_BYTES, declaredSize - current);
  const counter = async function* (source: AsyncIterable<Uint8Array>) {
    for await (const chunk of source) {
      written += chunk.length;
      if (written > limit) throw new ImportFileError(`The upload is larger than announced (${declaredSize} bytes).`);
      yield chunk;
    }
  };
  try {
    await pipeline(Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>), counter, createWriteStream(file, { flags: "a" }));
  } catch (err) {
    // Keep the file at the last good chunk boundary so the client can resend this chunk.
    const { truncate } = await import("node:fs/promises");
    await truncate(file, current).catch(() => {});
    throw err;
  }
  return current + written;
}

