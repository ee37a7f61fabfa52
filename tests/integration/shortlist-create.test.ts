import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { addCreatorToShortlist, createShortlist, listShortlistsForOrg } from "@/lib/queries/shortlists";
import { createShortlistSchema } from "@/lib/validation/shortlist";

const ORG_A = "org_it_slc_a";
const ORG_B = "org_it_slc_b";

describe("creating shortlists", () => {
  beforeAll(async () => {
    for (const id of [ORG_A, ORG_B]) {
      await prisma.organization.create({ data: { id, name: id, slug: id, users: { create: { id: `${id}_u`, email: `${id}@example.test`, passwordHash: "x" } } } });
    }
    await prisma.creator.create({ data: { id: "it_slc_creator", platform: "instagram", handle: "it_slc_creator", followers: 20_000, tier: "micro", metricsAsOf: new Date() } });
  });
  afterAll(async () => {
    await prisma.organization.deleteMany({ where: { id: { in: [ORG_A, ORG_B] } } });
    await prisma.creator.deleteMany({ where: { id: "it_slc_creator" } });
  });

  it("creates a list the organisation can add creators to, and only that organisation sees it", async () => {
    const created = await createShortlist(ORG_A, `${ORG_A}_u`, { name: "Summer launch", description: "micro tier" });
    expect(created.ok).toBe(true);
    const id = (created as { id: string }).id;
    expect((await listShortlistsForOrg(ORG_A)).map((l) => l.name)).toEqual(["Summer launch"]);
    expect(await listShortlistsForOrg(ORG_B)).toEqual([]);
    expect(await addCreatorToShortlist(ORG_A, id, "it_slc_creator")).toBe("added");
    expect(await addCreatorToShortlist(ORG_B, id, "it_slc_creator")).toBe("no_shortlist");
    // The list's log starts with its creation, by its creator.
    expect(await prisma.shortlistActivity.findMany({ where: { shortlistId: id }, select: { kind: true, actorId: true, actorLabel: true } })).toEqual([
      { kind: "created", actorId: `${ORG_A}_u`, actorLabel: `${ORG_A}@example.test` },
    ]);
  });

  it("refuses a second list with the same name in one organisation, but not in another", async () => {
    expect(await createShortlist(ORG_A, `${ORG_A}_u`, { name: "Summer launch" })).toEqual({ ok: false, reason: "name_taken" });
    expect((await createShortlist(ORG_B, `${ORG_B}_u`, { name: "Summer launch" })).ok).toBe(true);
  });

  it("validates the form: a name is required and trimmed", () => {
    expect(createShortlistSchema.safeParse({ name: "   ", description: "" }).success).toBe(false);
    expect(createShortlistSchema.parse({ name: "  Q3 picks ", description: "" })).toEqual({ name: "Q3 picks", description: undefined });
  });
});
