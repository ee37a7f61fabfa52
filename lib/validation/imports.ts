// Request shapes of the admin import API.
import { z } from "zod";
import { parseAsOf } from "@/lib/domain/as-of";
import { importMappingSchema } from "@/lib/import/mapping/schema";
import { RESULT_FIELDS, type ResultField } from "@/lib/import/campaign-results/columns";
import { IMPORT_KINDS } from "./import-kinds";
import { idParam } from "./shortlist";

export const createUploadSchema = z.object({
  fileName: z.string().trim().min(1, "Name the file.").max(255),
  size: z.number().int().nonnegative(),
});

export const chunkQuerySchema = z.object({ offset: z.coerce.number().int().nonnegative() });

export const previewRequestSchema = z.object({
  mapping: importMappingSchema,
  savePresetAs: z.string().trim().min(1).max(80).optional(),
});

/** /api/admin/imports/:id. */
export { idParamsSchema as importParamsSchema } from "./params";

/** POST …/commit?asOf=YYYY-MM-DD: when the file's metrics were measured (lib/domain/as-of.ts); absent: now. */
export const commitQuerySchema = z.object({
  asOf: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") return undefined;
      const r = parseAsOf(v);
      if (!r.ok) {
        ctx.addIssue({ code: "custom", message: r.reason });
        return z.NEVER;
      }
      return r.date;
    }),
});

/** A campaign results import's mapping: which column holds which post field (lib/import/campaign-results). */
export const resultsMappingSchema = z.object({ columns: z.partialRecord(z.enum(RESULT_FIELDS as [ResultField, ...ResultField[]]), z.string().min(1).max(300)) });

/** POST /api/admin/imports: a creator list (the default), or the results of one of your campaigns. */
export const createUploadRequestSchema = createUploadSchema
  .extend({ kind: z.enum(IMPORT_KINDS).default("creators"), campaignId: idParam.optional() })
  .refine((v) => v.kind !== "campaign-results" || !!v.campaignId, { path: ["campaignId"], message: "Choose the campaign the results belong to." });

/** POST …/preview: a creator list's mapping, or a campaign results file's columns. */
export const previewAnyRequestSchema = z.union([previewRequestSchema, resultsMappingSchema.strict()], { error: "Send the mapping (creators) or the columns (campaign results)." });
