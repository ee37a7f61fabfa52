// POST: the upload is complete; answers with the file's columns, first rows and a suggested mapping.
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { finishUpload } from "@/lib/import/service";
import { listMappingPresets } from "@/lib/queries/imports";
import { importParamsSchema } from "@/lib/validation/imports";

export const POST = route({ roles: ADMIN_ONLY, params: importParamsSchema }, async ({ params }) => {
  const analysis = await finishUpload(params.id);
  return { ...analysis, presets: await listMappingPresets() };
});
