"use server";

import { revalidatePath } from "next/cache";
import { ActionAccessError, requireActionUser } from "@/lib/auth/guard";
import { createShortlist } from "@/lib/queries/shortlists";
import { zodFieldErrors } from "@/lib/validation/errors";
import { createShortlistSchema } from "@/lib/validation/shortlist";

export type CreateShortlistState = { ok?: string; error?: string; fields?: Record<string, string[]> };

export async function createShortlistAction(_prev: CreateShortlistState, form: FormData): Promise<CreateShortlistState> {
  let user;
  try {
    user = await requireActionUser();
  } catch (err) {
    if (err instanceof ActionAccessError) return { error: err.message };
    throw err;
  }
  const parsed = createShortlistSchema.safeParse({ name: form.get("name") ?? "", description: form.get("description") ?? "" });
  if (!parsed.success) return { error: "Check the fields below.", fields: zodFieldErrors(parsed.error) };
  const result = await createShortlist(user.organizationId, user.id, parsed.data);
  if (!result.ok) return { error: `${user.organizationName} already has a shortlist called “${parsed.data.name}”.`, fields: { name: ["Choose another name."] } };
  revalidatePath("/shortlists");
  revalidatePath("/search");
  return { ok: `Created “${parsed.data.name}”. Add creators to it from search.` };
}
