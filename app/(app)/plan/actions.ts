"use server";
// Saving a planner option: as a new shortlist, or onto one of the organisation's lists.
import { revalidatePath } from "next/cache";
import { ANY_ROLE } from "@/lib/auth/roles";
import { action } from "@/lib/http";
import { addCreatorsToShortlist, createShortlist } from "@/lib/queries/shortlists";
import { savePlanOptionSchema } from "@/lib/validation/plan";

export const savePlanOptionAction = action({ roles: ANY_ROLE, input: savePlanOptionSchema }, async ({ user, input }) => {
  let shortlistId = input.shortlistId;
  if (input.mode === "new") {
    const created = await createShortlist(user.organizationId, user.id, { name: input.name!, description: "Saved from the planner" });
    if (!created.ok) return { error: `${user.organizationName} already has a list called “${input.name}”.`, fields: { name: ["Choose another name."] } };
    shortlistId = created.id;
  }
  const r = await addCreatorsToShortlist(user.organizationId, shortlistId!, input.creatorIds, { id: user.id, label: user.name ?? user.email });
  revalidatePath("/shortlists");
  const already = r.already.length ? ` (${r.already.length} already on it)` : "";
  const missing = r.missing.length ? ` ${r.missing.length} no longer in the catalog.` : "";
  const where = input.mode === "new" ? `the new list “${input.name}”` : "the list";
  return { ok: `Saved ${r.added.length} ${r.added.length === 1 ? "creator" : "creators"} to ${where}${already}.${missing}`, data: { shortlistId: shortlistId! } };
});
