// Request shapes of the admin import API.
import { z } from "zod";
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
