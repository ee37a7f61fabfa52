"use server";

import { revalidatePath } from "next/cache";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { ActionAccessError, requireActionUser } from "@/lib/auth/guard";
import { rescoreCatalog } from "@/lib/queries/rescore";
import { saveTierThresholds } from "@/lib/queries/settings";
import { tierThresholdsSchema } from "@/lib/validation/settings";
import { zodFieldErrors } from "@/lib/validation/errors";

export type ThresholdsState = { ok?: string; error?: string; fields?: Record<string, string[]> };

export async function updateTierThresholds(_prev: ThresholdsState, form: FormData): Promise<ThresholdsState> {
  try {
    await requireActionUser(ADMIN_ONLY);
  } catch (err) {
    if (err instanceof ActionAccessError) return { error: err.message };
    throw err;
  }
  const parsed = tierThresholdsSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { error: "Fix the thresholds below.", fields: zodFieldErrors(parsed.error) };
  await saveTierThresholds(parsed.data);
  const { rescored, retiered } = await rescoreCatalog(parsed.data);
  revalidatePath("/", "layout");
  return { ok: `Saved. Re-scored ${rescored.toLocaleString("en-US")} creators; ${retiered.toLocaleString("en-US")} changed tier.` };
}
