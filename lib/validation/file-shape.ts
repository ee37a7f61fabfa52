// How a file is read, decided once per job from its first bytes and rows (lib/import/detect.ts,
// lib/import/read.ts) and kept with the job (ImportJob.shape): every later read of the same job's
// file uses it instead of sniffing again.
import { z } from "zod";

export const fileShapeSchema = z.object({
  format: z.enum(["csv", "xlsx", "json"]),
  encoding: z.enum(["utf8", "utf8-bom", "utf16le", "windows-1252"]),
  delimiter: z.string().max(4),
  /** XLSX: the worksheet read, of all the workbook's `sheets`. */
  sheet: z.string().optional(),
  sheets: z.array(z.string()).optional(),
  /** The line (CSV) or sheet row (XLSX) taken as the header; absent for JSON (the reader makes the keys). */
  headerLine: z.number().int().nonnegative().optional(),
});

export type FileShape = z.infer<typeof fileShapeSchema>;
export type FileFormat = FileShape["format"];
export type TextEncoding = FileShape["encoding"];

/** The stored shape, or null when there is none or it is not one (a job from before shapes were kept). */
export function parseFileShape(v: unknown): FileShape | null {
  const r = fileShapeSchema.safeParse(v);
  return r.success ? r.data : null;
}
