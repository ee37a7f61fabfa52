// The catalog fields a file column can feed, and the one zod schema a mapping (and a saved preset)
// obeys. Keys added since presets were first saved are optional, so old presets still parse.
import { numberReadingsSchema } from "@/lib/validation/number-readings";
import { z } from "zod";
import { PLATFORMS } from "@/lib/domain/types";

export const IMPORT_FIELDS = [
  { id: "handle", label: "Handle / username", required: true },
  { id: "followers", label: "Followers / subscribers", required: true },
  { id: "displayName", label: "Display name", required: false },
  { id: "following", label: "Following", required: false },
  { id: "posts", label: "Posts / videos", required: false },
  { id: "avgLikes", label: "Average likes", required: false },
  { id: "avgComments", label: "Average comments", required: false },
  { id: "avgViews", label: "Average views", required: false },
  { id: "avgShares", label: "Average shares", required: false },
  { id: "avgEngagements", label: "Average engagements per post", required: false },
  { id: "engagementRate", label: "Engagement rate", required: false },
  { id: "niche", label: "Category / niche", required: false },
  { id: "niche2", label: "Second category", required: false },
  { id: "country", label: "Country", required: false },
  { id: "language", label: "Language", required: false },
  { id: "bio", label: "Bio", required: false },
  { id: "profileUrl", label: "Profile URL", required: false },
  { id: "contactEmail", label: "Contact email", required: false },
  { id: "price", label: "Price per post", required: false },
  // When the row's metrics were measured (YYYY-MM-DD); empty: the import's as-of date.
  { id: "asOf", label: "Metrics as of (date)", required: false },
] as const;

export type FieldId = (typeof IMPORT_FIELDS)[number]["id"];
export const FIELD_IDS = IMPORT_FIELDS.map((f) => f.id) as [FieldId, ...FieldId[]];

export function fieldLabel(id: FieldId): string {
  return IMPORT_FIELDS.find((f) => f.id === id)!.label;
}

/** How the handle column is read: as handles checked against the platform's rules, or as channel names kept as the key. */
export const HANDLE_SOURCES = ["handle", "name"] as const;
export type HandleSource = (typeof HANDLE_SOURCES)[number];

export const importMappingSchema = z.object({
  columns: z.partialRecord(z.enum(FIELD_IDS), z.string().min(1).max(300)),
  platform: z.discriminatedUnion("mode", [
    z.object({ mode: z.literal("fixed"), value: z.enum(PLATFORMS) }),
    z.object({ mode: z.literal("column"), column: z.string().min(1).max(300) }),
  ]),
  /** "name": the file has channel or display names, not handles; they become the key as written. */
  handleFrom: z.enum(HANDLE_SOURCES).optional(),
  /** The admin has read the guards' warning and imports anyway (never saved with a preset). */
  force: z.boolean().optional(),
  /** Filled in from the file by lib/import/number-columns.ts; never taken from a request or a preset. */
  numbers: numberReadingsSchema.optional(),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** Problems with a mapping against a file's headers; empty when it can be used. */
export function checkMapping(mapping: ImportMapping, headers: readonly string[]): string[] {
  const problems: string[] = [];
  const set = new Set(headers);
  for (const f of IMPORT_FIELDS) {
    const col = mapping.columns[f.id];
    if (f.required && !col) problems.push(`Choose the column that holds "${f.label}".`);
    if (col && !set.has(col)) problems.push(`"${f.label}" is mapped to a column "${col}" that this file does not have.`);
  }
  if (mapping.platform.mode === "column" && !set.has(mapping.platform.column)) {
    problems.push(`The platform column "${mapping.platform.column}" is not in this file.`);
  }
  return problems;
}
