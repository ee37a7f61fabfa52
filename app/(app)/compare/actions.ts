"use server";
// Add compared creators to one of the organisation's lists, or to a new one.
import { revalidatePath } from "next/cache";
import { ANY_ROLE } from "@/lib/auth/roles";
import { ConflictError } from "@/lib/domain/errors";
import { action } from "@/lib/http";
import { addCreatorsToShortlist, createShortlist, type BulkAddResult } from "@/lib/queries/shortlists";
import { addComparedSchema } from "@/lib/validation/compare";

export const addComparedToList = action<typeof addComparedSchema, BulkAddResult & { shortlistId: string }>(
  { roles: ANY_ROLE, input: addComparedSchema },
  async ({ user, input }) => {
    let shortlistId = input.shortlistId;
    if (input.newListName) {
      const created = await createShortlist(user.organizationId, user.id, { name: input.newListName });
      if (!created.ok) throw new ConflictError(`${user.organizationName} already has a list called “${input.newListName}”.`, { newListName: ["Choose another name."] });
      shortlistId = created.id;
    }
    const result = await addCreatorsToShortlist(user.organizationId, shortlistId!, input.creatorIds, { id: user.id, label: user.name ?? user.email });
    revalidatePath("/shortlists");
    return { ok: `Added ${result.added.length}; ${result.already.length} already on the list.`, data: { ...result, shortlistId: shortlistId! } };
  },
);
