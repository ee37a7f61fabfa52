// POST { mapping, savePresetAs? }: the first rows as stored, and a dry run of the whole file queued.
import { ADMIN_ONLY, userLabel } from "@/lib/auth/roles";
import { UnprocessableError } from "@/lib/domain/errors";
import { route } from "@/lib/http";
import { startPreview } from "@/lib/import/service";
import { importParamsSchema, previewRequestSchema } from "@/lib/validation/imports";

export const POST = route({ roles: ADMIN_ONLY, params: importParamsSchema, body: previewRequestSchema }, async ({ params, body, user }) => {
  const result = await startPreview(params.id, body.mapping, body.savePresetAs, { id: user.id, label: userLabel(user) });
  if (result.problems.length) throw new UnprocessableError(result.problems.join(" "));
  return result;
});
