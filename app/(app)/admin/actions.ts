"use server";

import { revalidatePath } from "next/cache";
import { ADMIN_ONLY, userLabel } from "@/lib/auth/roles";
import { action } from "@/lib/http";
import { enqueueInsightsRefresh } from "@/lib/import/queue";
import { rescoreCatalog } from "@/lib/queries/rescore";
import { saveTierThresholds } from "@/lib/queries/settings";
import { tierThresholdsSchema } from "@/lib/validation/settings";

export const updateTierThresholds = action({ roles: ADMIN_ONLY, input: tierThresholdsSchema, invalid: "Fix the thresholds below." }, async ({ user, input }) => {
  await saveTierThresholds(input, userLabel(user));
  const { rescored, retiered } = await rescoreCatalog(input);
  // Alerts and the dashboard summary are the background job's: queued, never computed here.
  await enqueueInsightsRefresh().catch((err: Error) => console.error("[insights] refresh not queued:", err.message));
  revalidatePath("/", "layout");
  return { ok: `Saved. Re-scored ${rescored.toLocaleString("en-US")} creators; ${retiered.toLocaleString("en-US")} changed tier.` };
});
