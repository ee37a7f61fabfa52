// The activity log of a list, newest first, with the creator's handle for people to read.
import { prisma } from "@/lib/db/client";
import { findListOrThrow } from "./access";

export async function listActivity(organizationId: string, shortlistId: string, take = 100) {
  await findListOrThrow(organizationId, shortlistId);
  const rows = await prisma.shortlistActivity.findMany({
    where: { shortlistId, shortlist: { organizationId } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, actorId: true, actorLabel: true, creatorId: true, kind: true, detail: true, createdAt: true },
  });
  const ids = [...new Set(rows.flatMap((r) => (r.creatorId ? [r.creatorId] : [])))];
  const creators = ids.length ? await prisma.creator.findMany({ where: { id: { in: ids } }, select: { id: true, handle: true } }) : [];
  const handle = new Map(creators.map((c) => [c.id, c.handle]));
  return rows.map((r) => ({ ...r, handle: r.creatorId ? (handle.get(r.creatorId) ?? null) : null }));
}
export type ActivityRow = Awaited<ReturnType<typeof listActivity>>[number];
