// POST: the upload is complete; answers with the file's columns, first rows and a suggested mapping.
import { withRole } from "@/lib/auth/guard";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { finishUpload, importErrorResponse } from "@/lib/import/service";
import { listMappingPresets } from "@/lib/queries/imports";

export const POST = withRole<{ id: string }>(ADMIN_ONLY, async (_req, { params }) => {
  try {
    const analysis = await finishUpload(params.id);
    return Response.json({ ...analysis, presets: await listMappingPresets() });
  } catch (err) {
    return importErrorResponse(err);
  }
});
