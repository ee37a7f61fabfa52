import { z } from "zod";
import { idParamsSchema } from "./params";

export const addToShortlistSchema = z.object({
  creatorId: z.string().trim().min(1).max(64),
  note: z.string().trim().max(2000).optional(),
});
export type AddToShortlistInput = z.infer<typeof addToShortlistSchema>;

export const createShortlistSchema = z.object({
  name: z.string().trim().min(1, "Give the shortlist a name.").max(120, "Keep the name under 120 characters."),
  description: z.string().trim().max(2000).optional().transform((d) => d || undefined),
});
export type CreateShortlistInput = z.infer<typeof createShortlistSchema>;

export { idParam } from "./params";
export const shortlistParamsSchema = idParamsSchema;
