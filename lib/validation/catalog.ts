// Query-string schema for the catalog: coerces, defaults, caps, and drops what it cannot read
// (a malformed parameter falls back to its default instead of breaking the page).
import { z } from "zod";
import { PLATFORMS, TIERS } from "@/lib/domain/types";

export const MAX_PAGE_SIZE = 100;

const commaList = <T extends string>(values: readonly T[]) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((raw) =>
      (Array.isArray(raw) ? raw : [raw])
        .flatMap((s) => s.split(","))
        .map((s) => s.trim().toLowerCase())
        .filter((s): s is T => (values as readonly string[]).includes(s)),
    )
    .catch([] as T[]);

export const catalogQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  platform: commaList(PLATFORMS).optional(),
  tier: commaList(TIERS).optional(),
  sort: z.enum(["followers", "er", "handle"]).catch("followers").default("followers"),
  order: z.enum(["asc", "desc"]).catch("desc").default("desc"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).catch(25).default(25),
});

export type CatalogQuery = z.infer<typeof catalogQuerySchema>;

/** Reads Next's searchParams object (values may repeat) into a CatalogQuery. */
export function parseCatalogQuery(params: Record<string, string | string[] | undefined>): CatalogQuery {
  const flat: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) flat[k] = v;
  return catalogQuerySchema.parse(flat);
}
