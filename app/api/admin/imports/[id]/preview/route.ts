// POST { mapping, savePresetAs? }: the first rows as stored, and a dry run of the whole file queued.
import { withRole } from "@/lib/auth/guard";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { importErrorResponse, startPreview } from "@/lib/import/service";
import { previewRequestSchema } from "@/lib/validation/imports";
import { jsonError, jsonZodError } from "@/lib/validation/errors";

export const POST = withRole<{ id: string }>(ADMIN_ONLY, async (req, { params }) => {
  const parsed = previewRequestSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return jsonZodError(parsed.error);
  try {
    const result = await startPreview(params.id, parsed.data.mapping, parsed.data.savePresetAs);
    if (result.problems.length) return jsonError("unprocessable", result.problems.join(" "));
    return Response.json(result);
  } catch (err) {
    return importErrorResponse(err);
  }
});
