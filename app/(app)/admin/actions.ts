"use server";

import { revalidatePath } from "next/cache";
import { ADMIN_ONLY, userLabel } from "@/lib/auth/roles";
import { action } from "@/lib/http";
import { enqueueInsightsRefresh } from "@/lib/import/queue";
import { rescoreCatalog } from "@/lib/queries/rescore";
import { saveAlertSettings, saveTierThresholds } from "@/lib/queries/settings";
import { alertSettingsSchema } from "@/lib/validation/alerts";
import { tierThresholdsSchema } from "@/lib/validation/settings";

export const updateTierThresholds = action({ roles: ADMIN_ONLY, input: tierThresholdsSchema, invalid: "Fix the thresholds below." }, async ({ user, input }) => {
  await saveTierThresholds(input, userLabel(user));
  const { rescored, retiered } = await rescoreCatalog(input);
  // Alerts and the dashboard summary are the background job's: queued, never computed here.
  await enqueueInsightsRefresh().catch((err: Error) => console.error("[insights] refresh not queued:", err.message));
  revalidatePath("/", "layout");
  return { ok: `Saved. Re-scored ${rescored.toLocaleString("en-US")} creators; ${retiered.toLocaleString("en-US")} changed tier.` };
});

export const updateAlertSettings = action({ roles: ADMIN_ONLY, input: alertSettingsSchema, invalid: "Fix the alert settings below." }, async ({ user, input }) => {
  await saveAlertSettings(input, userLabel(user));
  // New alerts under the new settings come from the background job.
  await enqueueInsightsRefresh().catch((err: Error) => console.error("[insights] refresh not queued:", err.message));
  revalidatePath("/", "layout");
  return { ok: "Saved. Alerts are checked again in the background." };
});
