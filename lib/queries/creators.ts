import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { CatalogQuery } from "@/lib/validation/catalog";
import type { Page } from "./pagination";

const catalogRowSelect = {
  id: true,
  platform: true,
  handle: true,
  displayName: true,
  followers: true,
  tier: true,
  engagementRate: true,
  engagementMethod: true,
  country: true,
  metricsAsOf: true,
} satisfies Prisma.CreatorSelect;

export type CatalogRow = Prisma.CreatorGetPayload<{ select: typeof catalogRowSelect }>;

/** One where-builder serves the list and its count. */
function catalogWhere(query: CatalogQuery): Prisma.CreatorWhereInput {
  const where: Prisma.CreatorWhereInput = {};
  if (query.q) {
    where.OR = [
      { handle: { contains: query.q.toLowerCase().replace(/^@/, "") } },
      { displayName: { contains: query.q, mode: "insensitive" } },
    ];
  }
  if (query.platform?.length) where.platform = { in: query.platform };
  if (query.tier?.length) where.tier = { in: query.tier };
  return where;
}

function catalogOrder(query: CatalogQuery): Prisma.CreatorOrderByWithRelationInput[] {
  const dir = query.order;
  const key =
    query.sort === "er"
      ? { engagementRate: { sort: dir, nulls: "last" as const } }
      : query.sort === "handle"
        ? { handle: dir }
        : { followers: dir };
  return [key, { id: "asc" }];
}

export async function listCatalogCreators(query: CatalogQuery): Promise<Page<CatalogRow>> {
  const where = catalogWhere(query);
  const [items, total] = await Promise.all([
    prisma.creator.findMany({
      where,
      select: catalogRowSelect,
      orderBy: catalogOrder(query),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    prisma.creator.count({ where }),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}
