"use server";
// The campaign pages' server actions: start a campaign from a list, type one result, share the report.
import { revalidatePath } from "next/cache";
import { ANY_ROLE } from "@/lib/auth/roles";
import { action } from "@/lib/http";
import { createCampaign, updateCampaign, writeCampaignPosts } from "@/lib/queries/campaigns";
import { createFromListFormSchema, shareCampaignFormSchema, typedPostSchema } from "@/lib/validation/campaigns";

export const createCampaignAction = action({ roles: ANY_ROLE, input: createFromListFormSchema }, async ({ user, input }) => {
  const created = await createCampaign(user, { ...input, from: "shortlist" });
  revalidatePath("/campaigns");
  return { ok: `Started “${created.name}”.`, data: { id: created.id } };
});

export const addPostAction = action({ roles: ANY_ROLE, input: typedPostSchema }, async ({ user, input }) => {
  const { campaignId, ...fields } = input;
  const out = await writeCampaignPosts(user.organizationId, campaignId, [{ line: 1, fields }], "typed");
  if (!out.ok) return { error: out.errors[0]!.messages.join(" "), status: 422 };
  revalidatePath(`/campaigns/${campaignId}`);
  return { ok: out.created ? "Saved the post." : "Updated the post (its earlier figures are kept in its history)." };
});

export const shareCampaignAction = action({ roles: ANY_ROLE, input: shareCampaignFormSchema }, async ({ user, input }) => {
  const r = await updateCampaign(user, input.campaignId, { shareWithClient: input.shareWithClient });
  revalidatePath(`/campaigns/${input.campaignId}`);
  return { ok: r.shareWithClient ? "The report now shows on the list's share links." : "The report no longer shows on share links." };
});
