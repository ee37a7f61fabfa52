import { z } from "zod";
// idParam lives beside the shortlist schemas, its first user; every `:id` route shares it from here.
import { idParam } from "./shortlist";

export { idParam };
/** A route's `:id` (creators, imports, shortlists): anything that is not an id is simply not found (lib/http route). */
export const idParamsSchema = z.object({ id: idParam });
