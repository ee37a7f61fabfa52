import { z } from "zod";
import { validateTierThresholds } from "@/lib/domain/tiers";

const count = z.coerce.number({ error: "Enter a whole number." }).int("Enter a whole number.").positive("Must be above 0.");

export const tierThresholdsSchema = z
  .object({ microMin: count, microMax: count, macroMin: count, macroMax: count })
  .superRefine((t, ctx) => {
    for (const message of validateTierThresholds(t)) ctx.addIssue({ code: "custom", message, path: [] });
  });
