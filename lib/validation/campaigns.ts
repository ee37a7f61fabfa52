// One schema per campaign form / route: the pages' server actions and the JSON API parse with these.
import { z } from "zod";
import { CAMPAIGN_GOALS, readDeliverables, readFee, type Deliverable } from "@/lib/domain/campaigns";
import { PLAN_OPTIONS } from "@/lib/domain/plan";
import { idParam } from "./shortlist";
import { planQuerySchema } from "./plan";

export const campaignParamsSchema = z.object({ id: idParam });

const MAX_MONEY = 10_000_000;
const name = z.string().trim().min(1, "Give the campaign a name.").max(120, "Keep the name under 120 characters.");
const day = z
  .string({ error: "Give the date as YYYY-MM-DD." })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Give the date as YYYY-MM-DD.")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "That date does not exist.");
const money = (what: string) =>
  z.coerce.number({ error: `Give the ${what} as a number.` }).refine(Number.isFinite, `Give the ${what} as a number.`).min(0, `The ${what} cannot be negative.`).max(MAX_MONEY, `The ${what} can be at most 10,000,000.`);
const goal = z.enum(CAMPAIGN_GOALS, { error: `The goal is ${CAMPAIGN_GOALS.join(", ")}.` });
const currency = z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, "The currency is a three-letter code, e.g. USD.").default("USD");
const optionalDay = z.union([day, z.literal(""), z.null()]).optional().transform((d) => (d === undefined ? undefined : d || null));

const common = {
  name,
  startsOn: day,
  endsOn: optionalDay,
  goal: goal.default("engagement"),
  currency,
};

const endsAfterStart = (v: { startsOn: string; endsOn?: string | null }) => !v.endsOn || v.endsOn >= v.startsOn;
const ENDS_BEFORE = { message: "The campaign cannot end before it starts.", path: ["endsOn"] };

/** POST /api/campaigns: from one of your shortlists (its creators, less those rejected), or from a plan option. */
export const createCampaignSchema = z.discriminatedUnion("from", [
  z.object({ from: z.literal("shortlist"), shortlistId: idParam, budget: money("budget"), ...common }).refine(endsAfterStart, ENDS_BEFORE),
  z.object({ from: z.literal("plan"), plan: z.record(z.string(), z.unknown()), option: z.enum(PLAN_OPTIONS, { error: "The option is micro, macro or mixed." }), ...common }).refine(endsAfterStart, ENDS_BEFORE),
], { error: "Say where the campaign comes from: shortlist or plan." });
export type CreateCampaignInput = z.infer<typeof createCampaignSchema>;
export { planQuerySchema };

/** PATCH /api/campaigns/:id: fields left out are kept. */
export const updateCampaignSchema = z
  .object({
    name: name.optional(),
    startsOn: day.optional(),
    endsOn: optionalDay,
    budget: money("budget").optional(),
    goal: goal.optional(),
    currency: currency.optional(),
    shareWithClient: z.preprocess((v) => (v === "true" || v === "on" ? true : v === "false" ? false : v), z.boolean()).optional(),
  })
  .strict();
export type UpdateCampaignInput = Partial<z.output<typeof updateCampaignSchema>>;

/** POST /api/campaigns/:id/posts: { posts: [...] } (or the array itself), each a post as cleanPostInput reads it. */
const anything = z.unknown().optional();
const postFields = z.object({
  url: anything, creator: anything, postedAt: anything, format: anything, caption: anything,
  views: anything, likes: anything, comments: anything, shares: anything, saves: anything,
  linkClicks: anything, conversions: anything, revenue: anything,
}, { error: "Each post is an object." });
export const writePostsSchema = z.preprocess(
  (v) => (Array.isArray(v) ? { posts: v } : v),
  z.object({
    posts: z.array(postFields).min(1, "Send at least one post.").max(5000, "At most 5,000 posts at once."),
    dryRun: z.boolean().optional(),
  }),
);
export const postParamsSchema = z.object({ id: idParam, postId: idParam });

/** POST /api/campaigns/:id/results?fileName=…&dryRun=1: a results file as the raw body. */
export const resultsUploadQuerySchema = z.object({
  fileName: z.string().trim().min(1, "Give the file's name (fileName), e.g. results.csv.").max(200),
  dryRun: z.enum(["1", "0", "true", "false"]).optional().transform((v) => v === "1" || v === "true"),
});

export const reportExportQuerySchema = z.object({ format: z.enum(["csv", "xlsx"], { error: "format is csv or xlsx." }) });

export const setEmvRateSchema = z.object({
  platform: z.enum(["instagram", "tiktok", "youtube", "x", "twitch", "other"], { error: "Pick a platform." }),
  metric: z.enum(["views", "likes", "comments", "shares", "linkClicks"], { error: "The metric is views, likes, comments, shares or linkClicks." }),
  usd: z.coerce.number({ error: "Give the value in US dollars." }).refine(Number.isFinite, "Give the value in US dollars.").min(0, "The value cannot be negative.").max(1000, "The value is at most $1,000 per action."),
  source: z.string().trim().min(1, "Say where the value comes from.").max(300),
});

/** The typed result row on the campaign page (each metric as text; blank = unknown). */
const formText = z.string().max(5000).optional();
export const typedPostSchema = z.object({
  campaignId: idParam,
  url: formText, creator: formText, postedAt: formText, format: formText, caption: formText,
  views: formText, likes: formText, comments: formText, shares: formText, saves: formText, linkClicks: formText, conversions: formText, revenue: formText,
});

/** The create form on /campaigns (from a shortlist). */
export const createFromListFormSchema = z.object({ shortlistId: idParam, budget: money("budget"), ...common }).refine(endsAfterStart, ENDS_BEFORE);

/** The share toggle on the campaign page. */
export const shareCampaignFormSchema = z.object({ campaignId: idParam, shareWithClient: z.enum(["true", "false"]).transform((v) => v === "true") });

/** PATCH /api/campaigns/:id/creators/:creatorId: the agreed fee and/or the deliverables, after launch. */
export const campaignCreatorParamsSchema = z.object({ id: idParam, creatorId: idParam });
export const updateDealSchema = z
  .object({ fee: z.unknown().optional(), deliverables: z.unknown().optional() })
  .strict()
  .transform((v, ctx) => {
    const out: { fee?: number; deliverables?: Deliverable[] } = {};
    if (v.fee !== undefined) {
      const r = readFee(v.fee);
      if (r.ok) out.fee = r.fee;
      else ctx.addIssue({ code: "custom", path: ["fee"], message: r.error });
    }
    if (v.deliverables !== undefined) {
      const r = readDeliverables(v.deliverables);
      if (r.ok) out.deliverables = r.deliverables;
      else ctx.addIssue({ code: "custom", path: ["deliverables"], message: r.error });
    }
    if (v.fee === undefined && v.deliverables === undefined) ctx.addIssue({ code: "custom", path: ["fee"], message: "Send a fee, deliverables or both." });
    return out;
  });
export type UpdateDealInput = z.output<typeof updateDealSchema>;
