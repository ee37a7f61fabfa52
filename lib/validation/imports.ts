// Request shapes of the admin import API.
import { z } from "zod";
import { parseAsOf } from "@/lib/domain/as-of";
import { importMappingSchema } from "@/lib/import/mapping/schema";

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
