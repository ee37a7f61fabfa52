import { z } from "zod";

export const addToShortlistSchema = z.object({
  creatorId: z.string().trim().min(1).max(64),
  note: z.string().trim().max(2000).optional(),
});
export type AddToShortlistInput = z.infer<typeof addToShortlistSchema>;
