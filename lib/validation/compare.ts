// The compare query: one schema for the /compare page URL and GET /api/compare.
//   ids=a,b,c (or repeated ids=): 2 to 6 creators, order kept, duplicates folded;
//   list=<shortlist id>: the list's creators (ids= then picks among them);
//   brief=<brief id>: fit and the brief score (else the list's brief, else none).
import { z } from "zod";
import { MAX_COMPARE, MIN_COMPARE } from "@/lib/domain/compare";

const ID = /^[\w-]{1,64}$/;

/** An empty value (a form's "no brief" option) is no value. */
const optionalId = (what: string) =>
  z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string({ error: `Give one ${what} id.` }).regex(ID, `Not a ${what} id.`).optional(),
  );

const idList = z
  .union([z.string(), z.array(z.string())])
  .transform((raw, ctx) => {
    const items = (Array.isArray(raw) ? raw : [raw]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
    const bad = items.filter((s) => !ID.test(s));
    if (bad.length) {
      ctx.addIssue({ code: "custom", message: `Not a creator id: ${bad.slice(0, 3).join(", ")}${bad.length > 3 ? "…" : ""}.` });
      return z.NEVER;
    }
    return [...new Set(items)];
  })
  .optional();

export const compareQuerySchema = z
  .object({ ids: idList, list: optionalId("shortlist"), brief: optionalId("brief") })
  .superRefine((q, ctx) => {
    if (!q.ids?.length && !q.list) {
      ctx.addIssue({ code: "custom", path: ["ids"], message: `Choose ${MIN_COMPARE} to ${MAX_COMPARE} creators to compare (ids=a,b or list=<shortlist id>).` });
      return;
    }
    const n = q.ids?.length ?? 0;
    // With a list and no ids, the list decides (a picker when it holds more than MAX_COMPARE).
    if (n === 0) return;
    if (n < MIN_COMPARE) ctx.addIssue({ code: "custom", path: ["ids"], message: `Compare needs at least ${MIN_COMPARE} different creators; got ${n}.` });
    if (n > MAX_COMPARE) ctx.addIssue({ code: "custom", path: ["ids"], message: `Compare takes at most ${MAX_COMPARE} creators; got ${n}.` });
  });

export type CompareQuery = z.output<typeof compareQuerySchema>;

/** The first message of a failed parse, for the page (the API sends them all, by field). */
export function compareProblem(error: z.ZodError): string {
  return error.issues[0]?.message ?? "Check the creators to compare.";
}

/** Adding compared creators to a list: an existing list of the organisation, or a new one by name. */
export const addComparedSchema = z
  .object({
    shortlistId: optionalId("shortlist"),
    newListName: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(120, "Keep the name under 120 characters.").optional()),
    creatorIds: z.array(z.string().regex(ID, "Not a creator id.")).min(1, "Choose at least one creator to add.").max(MAX_COMPARE),
  })
  .refine((v) => !!v.shortlistId !== !!v.newListName, { path: ["shortlistId"], message: "Choose a list, or name a new one." });
export type AddComparedInput = z.input<typeof addComparedSchema>;
