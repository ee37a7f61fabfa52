import { z } from "zod";

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

/** Route params: an id is an opaque cuid-like string; anything else is simply not found. */
export const idParam = z.string().min(1).max(64).regex(/^[\w-]+$/);
export const shortlistParamsSchema = z.object({ id: idParam });
