// PUT ?offset=N: the next piece of the file (at most 8 MB), streamed to disk.
import { withRole } from "@/lib/auth/guard";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { importErrorResponse, receiveChunk } from "@/lib/import/service";
import { chunkQuerySchema } from "@/lib/validation/imports";
import { jsonZodError } from "@/lib/validation/errors";

export const PUT = withRole<{ id: string }>(ADMIN_ONLY, async (req, { params }) => {
  const q = chunkQuerySchema.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!q.success) return jsonZodError(q.error);
  try {
    return Response.json(await receiveChunk(params.id, q.data.offset, req.body));
  } catch (err) {
    return importErrorResponse(err);
  }
});
