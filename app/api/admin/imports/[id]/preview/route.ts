// POST { mapping, savePresetAs? } (a creator list): the first rows as stored, and a dry run of the whole
// file queued. POST { columns } (campaign results): the whole file checked at once, as the import will:
// the posts it would create or update, or each wrong row by its line (nothing is written either way).
import { ADMIN_ONLY, userLabel } from "@/lib/auth/roles";
import { UnprocessableError } from "@/lib/domain/errors";
import { route } from "@/lib/http";
import { startPreview, startResultsPreview } from "@/lib/import/service";
import { importParamsSchema, previewAnyRequestSchema } from "@/lib/validation/imports";

export const POST = route({ roles: ADMIN_ONLY, params: importParamsSchema, body: previewAnyRequestSchema }, async ({ params, body, user }) => {
  if (!("mapping" in body)) {
    const out = await startResultsPreview(params.id, body.columns);
    return { kind: "campaign-results", ...out };
  }
  const result = await startPreview(params.id, body.mapping, body.savePresetAs, { id: user.id, label: userLabel(user) });
  if (result.problems.length) throw new UnprocessableError(result.problems.join(" "));
  return result;
});
