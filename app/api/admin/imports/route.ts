// POST: start an upload ({ fileName, size }); the size is checked before any byte is accepted.
import { withRole } from "@/lib/auth/guard";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { createUpload, importErrorResponse } from "@/lib/import/service";
import { createUploadSchema } from "@/lib/validation/imports";
import { jsonError, jsonZodError } from "@/lib/validation/errors";

export const POST = withRole(ADMIN_ONLY, async (req, { user }) => {
  const body = await req.json().catch(() => null);
  if (!body) return jsonError("bad_request", "Send JSON: { fileName, size }.");
  const parsed = createUploadSchema.safeParse(body);
  if (!parsed.success) return jsonZodError(parsed.error);
  try {
    const { id } = await createUpload(parsed.data.fileName, parsed.data.size, user.id);
    return Response.json({ id }, { status: 201 });
  } catch (err) {
    return importErrorResponse(err);
  }
});
