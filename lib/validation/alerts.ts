// The alerts page's URL, GET /api/alerts's query and the mark-read body; the admin's alert settings.
import { z } from "zod";
import { ALERT_KINDS } from "@/lib/domain/alerts";
import { idParam } from "./shortlist";

const blankToUndefined = (v: unknown) => (v === "" || v === "all" ? undefined : v);

export const alertsQuerySchema = z.object({
  kind: z.preprocess(blankToUndefined, z.enum(ALERT_KINDS, { error: `kind is one of ${ALERT_KINDS.join(", ")}` }).optional()),
  status: z.preprocess(blankToUndefined, z.enum(["unread", "read"], { error: "status is unread, read or all" }).optional()),
  list: z.preprocess(blankToUndefined, idParam.optional()),
});
export type AlertsQuery = z.infer<typeof alertsQuerySchema>;

/** The page: a bad value falls back to "all" instead of an error. */
export function parseAlertsQueryLenient(raw: Record<string, unknown>): AlertsQuery {
  const out: AlertsQuery = {};
  for (const key of ["kind", "status", "list"] as const) {
    const one = alertsQuerySchema.shape[key].safeParse(Array.isArray(raw[key]) ? raw[key][0] : raw[key]);
    if (one.success && one.data !== undefined) (out as Record<string, unknown>)[key] = one.data;
  }
  return out;
}

export const markAlertsSchema = z
  .object({
    ids: z.array(idParam).min(1).max(500).optional(),
    all: z.literal(true).optional(),
    read: z.boolean({ error: "read is true or false" }),
  })
  .refine((b) => (b.ids ? !b.all : b.all), { message: "Give either ids or all: true.", path: ["ids"] });

const percent = (label: string) => z.coerce.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`).min(1, `${label} is at least 1`).max(95, `${label} is at most 95`);
export const alertSettingsSchema = z.object({
  driftPercent: percent("Drift"),
  jumpPercent: percent("Follower jump"),
  dropPercent: percent("Engagement drop"),
  staleDays: z.coerce.number({ error: "Stale after must be a number of days" }).int("Stale after must be whole days").min(7, "Stale after is at least 7 days").max(3650, "Stale after is at most 3650 days"),
});
