import { z } from "zod";

/** Route params: an id is an opaque cuid-like string; anything else is simply not found (lib/http route). */
export const idParam = z.string().min(1).max(64).regex(/^[\w-]+$/);
/** A route's `:id` (creators, imports, shortlists). */
export const idParamsSchema = z.object({ id: idParam });
