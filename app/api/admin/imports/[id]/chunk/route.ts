// PUT ?offset=N: the next piece of the file (at most CHUNK_BYTES), streamed to disk as it arrives.
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { receiveChunk } from "@/lib/import/service";
import { chunkQuerySchema, importParamsSchema } from "@/lib/validation/imports";

export const PUT = route({ roles: ADMIN_ONLY, params: importParamsSchema, query: chunkQuerySchema, bodyKind: "stream" }, async ({ req, params, query }) =>
  receiveChunk(params.id, query.offset, req.body),
);
