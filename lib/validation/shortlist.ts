// One schema per shortlist form / route: the pages' server actions and the JSON API parse with these.
import { z } from "zod";
import { LIST_SORT_KEYS } from "@/lib/domain/shortlist/sort";
import { SHARE_COLUMN_KEYS, SHARE_DEFAULT_DAYS, SHARE_MAX_DAYS, SHORTLIST_STATUSES, DEFAULT_SHARE_COLUMNS } from "@/lib/domain/shortlist";

/** Route params: an id is an opaque cuid-like string; anything else is simply not found. */
export const idParam = z.string().min(1).max(64).regex(/^[\w-]+$/);
export const shortlistParamsSchema = z.object({ id: idParam });
export const itemParamsSchema = z.object({ id: idParam, itemId: idParam });
export const shareLinkParamsSchema = z.object({ id: idParam, linkId: idParam });
/** A share token: 32 random bytes in base64url. Anything else is a 404 without a lookup. */
export const shareTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
export const shareTokenParamsSchema = z.object({ token: shareTokenSchema });

// A form sends one checkbox as a string and several as an array; JSON sends an array.
const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).min(1, `Select at least one ${what}.`).max(max, `At most ${max} ${what}s at once.`));
const optionalText = (max: number, message: string) =>
  z.string().trim().max(max, message).optional().transform((d) => d || null);

export const shortlistStatusSchema = z.enum(SHORTLIST_STATUSES, { error: `Status is one of ${SHORTLIST_STATUSES.join(", ")}.` });

export const addToShortlistSchema = z.object({
  creatorId: idParam,
  note: z.string().trim().max(2000).optional(),
});
export type AddToShortlistInput = z.infer<typeof addToShortlistSchema>;

export const addManySchema = z.object({ creatorIds: list(idParam, 500, "creator") });

const name = z.string().trim().min(1, "Give the shortlist a name.").max(120, "Keep the name under 120 characters.");
const description = z.string().trim().max(2000, "Keep the description under 2,000 characters.");

export const createShortlistSchema = z.object({
  name,
  description: description.optional().transform((d) => d || undefined),
  briefId: idParam.optional().or(z.literal("").transform(() => undefined)),
});
export type CreateShortlistInput = z.infer<typeof createShortlistSchema>;

/** Rename, describe, attach/change/remove the brief ("" removes it). Fields left out are kept. */
export const updateShortlistSchema = z.object({
  name: name.optional(),
  description: description.optional().transform((d) => (d === undefined ? undefined : d || null)),
  briefId: z.union([idParam, z.literal(""), z.null()]).optional().transform((b) => (b === undefined ? undefined : b || null)),
  archived: z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean()).optional(),
});
export type UpdateShortlistInput = z.infer<typeof updateShortlistSchema>;

export const duplicateShortlistSchema = z.object({ name });

const PRICE_NOT_A_NUMBER = "Enter the price as a number, e.g. 450.";
/** Within the column (Decimal(12, 2), up to 9,999,999,999.99). */
export const MAX_AGREED_PRICE = 10_000_000;

/** Status, note ("" clears it) and agreed price ("" or null clears it). Fields left out are kept. */
export const updateItemSchema = z.object({
  status: shortlistStatusSchema.optional(),
  note: z.string().trim().max(2000, "Keep the note under 2,000 characters.").optional().transform((d) => (d === undefined ? undefined : d || null)),
  agreedPrice: z
    .union([z.number(), z.string(), z.null()], { error: PRICE_NOT_A_NUMBER })
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      if (v === null || (typeof v === "string" && v.trim() === "")) return null;
      // Only a number or a plain decimal string: [] or true must not become 0 or 1.
      const n = typeof v === "number" ? v : /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v.trim()) : Number.NaN;
      if (typeof v === "string" && Number.isNaN(n)) {
        ctx.addIssue({ code: "custom", message: PRICE_NOT_A_NUMBER });
        return z.NEVER;
      }
      if (!Number.isFinite(n) || n < 0 || n > MAX_AGREED_PRICE) {
        ctx.addIssue({ code: "custom", message: "Enter a price between 0 and 10,000,000." });
        return z.NEVER;
      }
      // The column keeps cents (Decimal(12, 2)): compare and log what will be stored.
      return Math.round(n * 100) / 100;
    }),
});
export type UpdateItemInput = z.infer<typeof updateItemSchema>;

export const itemIdsSchema = z.object({ itemIds: list(idParam, 5000, "creator") });
export const bulkStatusSchema = itemIdsSchema.extend({ status: shortlistStatusSchema });
export const transferSchema = itemIdsSchema.extend({ targetId: idParam, mode: z.enum(["move", "copy"]) });

/** The list page's sort (newest added first unless the user sorted by a column). Bad values fall back, never crash. */
const listSortFields = {
  sort: z.enum(LIST_SORT_KEYS).catch("added"),
  order: z.enum(["asc", "desc"]).catch("desc"),
};

/** A download: its format, and the sort of the page it was made from, so the file's rows follow the page's. */
export const exportQuerySchema = z.object({ format: z.enum(["csv", "xlsx"], { error: "format is csv or xlsx." }), ...listSortFields });

/** The list page's URL: sort, order and page (100 rows a page). */
export const LIST_PAGE_SIZE = 100;
export const listPageQuerySchema = z.object({
  ...listSortFields,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export const createShareLinkSchema = z.object({
  label: optionalText(120, "Keep the label under 120 characters."),
  days: z.coerce.number().int("Whole days.").min(1, "At least 1 day.").max(SHARE_MAX_DAYS, `At most ${SHARE_MAX_DAYS} days.`).default(SHARE_DEFAULT_DAYS),
  columns: z
    .preprocess((v) => (v === undefined ? [...DEFAULT_SHARE_COLUMNS] : Array.isArray(v) ? v : [v]), z.array(z.enum(SHARE_COLUMN_KEYS as [string, ...string[]])).max(SHARE_COLUMN_KEYS.length)),
});
export type CreateShareLinkInput = z.infer<typeof createShareLinkSchema>;

export const clientDecisionSchema = z.object({
  itemId: idParam,
  decision: z.enum(["approved", "rejected"], { error: "Approve or reject." }),
  comment: optionalText(1000, "Keep the comment under 1,000 characters."),
});
export type ClientDecisionInput = z.infer<typeof clientDecisionSchema>;
