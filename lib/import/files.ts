// Where uploaded files live while they are previewed and imported, and their fingerprint.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";

export const MAX_UPLOAD_BYTES = Number(process.env.SCOUT_IMPORT_MAX_BYTES ?? 200 * 1024 * 1024);

export function importStorageDir(): string {
  return process.env.SCOUT_IMPORT_DIR ?? path.join(process.cwd(), ".data", "imports");
}

export async function ensureStorageDir(): Promise<string> {
  const dir = importStorageDir();
  await mkdir(dir, { recursive: true });
  return dir;
}

export async function sha256File(file: string): Promise<string> {
  const h = createHash("sha256");
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest("hex");
}

/** A file name safe to show and to store: no directories, no control characters, bounded. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
  return cleaned || "upload";
}
