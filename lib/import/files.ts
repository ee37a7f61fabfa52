// Where uploaded files live while they are previewed and imported, and their fingerprint.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { resolveDatabaseUrl } from "@/lib/db/url";

export const MAX_UPLOAD_BYTES = Number(process.env.SCOUT_IMPORT_MAX_BYTES ?? 200 * 1024 * 1024);

export function importStorageDir(): string {
  return process.env.SCOUT_IMPORT_DIR ?? path.join(process.cwd(), ".data", "imports");
}

/**
 * The folder name for one database's uploads: host-port-database from its URL. Several databases may
 * share one storage dir (the demo and test runs on one machine); a file no import refers to is only
 * deleted from the folder of the database that would have referred to it (lib/import/retention.ts).
 */
export function databaseStorageKey(url = resolveDatabaseUrl()): string {
  try {
    const u = new URL(url);
    const database = decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres";
    return `${u.hostname || "local"}-${u.port || "5432"}-${database}`.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 120);
  } catch {
    return "default";
  }
}

/** Where this database's uploads are written: `<storage dir>/<databaseStorageKey>`. */
export function databaseStorageDir(): string {
  return path.join(importStorageDir(), databaseStorageKey());
}

export async function ensureStorageDir(): Promise<string> {
  const dir = databaseStorageDir();
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
