"use server";

import { revalidatePath } from "next/cache";
import { ANY_ROLE } from "@/lib/auth/roles";
import { action } from "@/lib/http";
import { createShortlist } from "@/lib/queries/shortlists";
import { createShortlistSchema } from "@/lib/validation/shortlist";

export const createShortlistAction = action({ roles: ANY_ROLE, input: createShortlistSchema }, async ({ user, input }) => {
  const result = await createShortlist(user.organizationId, user.id, input);
  if (!result.ok) return { error: `${user.organizationName} already has a shortlist called “${input.name}”.`, status: 409, fields: { name: ["Choose another name."] } };
  revalidatePath("/shortlists");
  revalidatePath("/search");
  return { ok: `Created “${input.name}”. Add creators to it from search.` };
});
