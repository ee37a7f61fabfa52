import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { addCreatorsToShortlist, createShortlist } from "@/lib/queries/shortlists";

const ORG_A = "org_it_sba_a";
const ORG_B = "org_it_sba_b";
const CREATORS = Array.from({ length: 6 }, (_, i) => `it_sba_c${i}`);
const actor = { id: `${ORG_A}_u`, label: "Ann Agency" };

describe("adding several creators to a shortlist", () => {
  let listId = "";
  beforeAll(async () => {
    for (const id of [ORG_A, ORG_B]) {
      await prisma.organization.create({ data: { id, name: id, slug: id, users: { create: { id: `${id}_u`, email: `${id}@example.test`, passwordHash: "x" } } } });
    }
    await prisma.creator.createMany({ data: CREATORS.map((id, i) => ({ id, platform: "instagram" as const, handle: id, followers: 20_000 + i, tier: "micro" as const, metricsAsOf: new Date() })) });
    const created = await createShortlist(ORG_A, actor.id, { name: "Bulk" });
    listId = (created as { id: string }).id;
  });
  afterAll(async () => {
    await prisma.organization.deleteMany({ where: { id: { in: [ORG_A, ORG_B] } } });
    await prisma.creator.deleteMany({ where: { id: { in: CREATORS } } });
  });

  it("adds new creators, reports those already there and unknown ids, and logs who added them", async () => {
    const first = await addCreatorsToShortlist(ORG_A, listId, [CREATORS[0], CREATORS[1], CREATORS[1]], actor);
    expect(first).toEqual({ added: [CREATORS[0], CREATORS[1]], already: [], missing: [] });
    const second = await addCreatorsToShortlist(ORG_A, listId, [CREATORS[1], CREATORS[2], "no_such_creator"], actor);
    expect(second).toEqual({ added: [CREATORS[2]], already: [CREATORS[1]], missing: ["no_such_creator"] });
    const log = await prisma.shortlistActivity.findMany({ where: { shortlistId: listId, kind: "added" }, select: { creatorId: true, actorLabel: true } });
    expect(log.map((l) => l.creatorId).sort()).toEqual([CREATORS[0], CREATORS[1], CREATORS[2]]);
    expect(new Set(log.map((l) => l.actorLabel))).toEqual(new Set(["Ann Agency"]));
  });

  it("two adds of the same creators at once both succeed and add each creator once", async () => {
    const ids = [CREATORS[3], CREATORS[4], CREATORS[5]];
    const results = await Promise.all([addCreatorsToShortlist(ORG_A, listId, ids, actor), addCreatorsToShortlist(ORG_A, listId, ids, actor)]);
    const added = results.flatMap((r) => r.added).sort();
    expect(added).toEqual(ids);
    expect(results.flatMap((r) => r.already).sort()).toEqual(ids);
    expect(await prisma.shortlistItem.count({ where: { shortlistId: listId, creatorId: { in: ids } } })).toBe(3);
  });

  it("another organisation's list is not found, and nothing is written", async () => {
    const before = await prisma.shortlistItem.count({ where: { shortlistId: listId } });
    await expect(addCreatorsToShortlist(ORG_B, listId, [CREATORS[0]], { id: `${ORG_B}_u`, label: "B" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma.shortlistItem.count({ where: { shortlistId: listId } })).toBe(before);
  });
});
