// POST: start an upload ({ fileName, size }); the size is checked before any byte is accepted.
import { ADMIN_ONLY, userLabel } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { createUpload } from "@/lib/import/service";
import { createUploadSchema } from "@/lib/validation/imports";

export const POST = route({ roles: ADMIN_ONLY, body: createUploadSchema }, async ({ user, body }) => {
  const { id } = await createUpload(body.fileName, body.size, { id: user.id, label: userLabel(user) });
  return Response.json({ id }, { status: 201 });
});
