// Words for what the importer detected and computed, as people read them.
import type { EngagementMethod } from "@/lib/domain/types";

const ENCODINGS: Record<string, string> = { utf8: "UTF-8", "utf8-bom": "UTF-8 (with BOM)", utf16le: "UTF-16", "windows-1252": "Windows-1252 / Latin-1" };

export function encodingLabel(encoding: string): string {
  return ENCODINGS[encoding] ?? encoding;
}

export function delimiterLabel(delimiter: string): string {
  return ({ "\t": "tabs", ",": "commas", ";": "semicolons", "|": "pipes" } as Record<string, string>)[delimiter] ?? `"${delimiter}"`;
}

export const ENGAGEMENT_METHOD_LABEL: Record<EngagementMethod, string> = {
  followers: "(likes + comments) ÷ followers",
  views: "interactions ÷ views",
  imported: "rate from the file",
};

export const STATUS_LABEL: Record<string, string> = {
  uploaded: "Uploaded", previewed: "Previewed", queued: "Queued", running: "Running", completed: "Completed", failed: "Failed",
};

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1048576) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1048576).toFixed(1)} MB`;
}
