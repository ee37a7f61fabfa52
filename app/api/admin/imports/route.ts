// POST: start an upload ({ fileName, size, kind?, campaignId? }); the size is checked before any byte
// is accepted. kind "campaign-results" takes one of your organisation's campaigns (404 otherwise).
import { ADMIN_ONLY, userLabel } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { createUpload } from "@/lib/import/service";
import { createUploadRequestSchema } from "@/lib/validation/imports";

export const POST = route({ roles: ADMIN_ONLY, body: createUploadRequestSchema }, async ({ user, body }) => {
  const target = body.kind === "campaign-results" ? { kind: body.kind, campaignId: body.campaignId!, organizationId: user.organizationId } : { kind: "creators" as const };
  const { id } = await createUpload(body.fileName, body.size, { id: user.id, label: userLabel(user) }, target);
  return Response.json({ id }, { status: 201 });
});
