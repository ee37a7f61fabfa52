// Which file column feeds which catalog field: the field list, the synonyms real exports use, the
// suggestion made from header names, and the one zod schema a mapping (and a saved preset) obeys.
import { z } from "zod";
import { PLATFORMS, type Platform } from "@/lib/domain/types";
import { numberReadingsSchema } from "@/lib/validation/number-readings";

export const IMPORT_FIELDS = [
  { id: "handle", label: "Handle / username", required: true, synonyms: ["handle", "username", "user name", "influencer insta name", "insta handle", "instagram handle", "ig handle", "youtuber name", "tiktok handle", "tiktok name", "channel info", "channel_info", "account", "account name", "instagram name", "insta name", "profile", "creator", "influencer", "channel", "user"] },
  { id: "followers", label: "Followers / subscribers", required: true, synonyms: ["followers", "follower count", "followers count", "number of followers", "subscribers", "subscribers count", "subscriber count", "subs", "fans", "audience size", "audience"] },
  { id: "displayName", label: "Display name", required: false, synonyms: ["display name", "name", "full name", "channel name", "instagram name", "creator name", "influencer name", "title"] },
  { id: "following", label: "Following", required: false, synonyms: ["following", "followees", "following count", "follows"] },
  { id: "posts", label: "Posts / videos", required: false, synonyms: ["posts", "post count", "posts count", "media count", "number of posts", "uploads", "videos", "video count"] },
  { id: "avgLikes", label: "Average likes", required: false, synonyms: ["avg likes", "average likes", "likes avg", "likes per post", "mean likes", "avg like"] },
  { id: "avgComments", label: "Average comments", required: false, synonyms: ["avg comments", "average comments", "comments avg", "comments per post"] },
  { id: "avgViews", label: "Average views", required: false, synonyms: ["avg views", "average views", "views avg", "views per video", "avg video views"] },
  { id: "avgShares", label: "Average shares", required: false, synonyms: ["avg shares", "average shares", "shares avg"] },
  { id: "avgEngagements", label: "Average engagements per post", required: false, synonyms: ["engagement avg", "avg engagement", "average engagement", "avg engagements", "engagements per post", "engagements"] },
  { id: "engagementRate", label: "Engagement rate", required: false, synonyms: ["engagement rate", "eng rate", "60 day eng rate", "er", "engagement percent", "avg engagement rate"] },
  { id: "niche", label: "Category / niche", required: false, synonyms: ["category", "category 1", "niche", "categories", "topic", "topics", "vertical", "genre"] },
  { id: "niche2", label: "Second category", required: false, synonyms: ["category 2", "niche 2", "secondary category", "subcategory"] },
  { id: "country", label: "Country", required: false, synonyms: ["country", "audience country", "audience country mostly", "location", "country code", "region"] },
  { id: "language", label: "Language", required: false, synonyms: ["language", "lang", "language code"] },
  { id: "bio", label: "Bio", required: false, synonyms: ["bio", "biography", "description", "about"] },
  { id: "profileUrl", label: "Profile URL", required: false, synonyms: ["profile url", "url", "link", "profile link", "channel url"] },
  { id: "contactEmail", label: "Contact email", required: false, synonyms: ["email", "contact email", "contact", "e mail", "business email"] },
  { id: "price", label: "Price per post", required: false, synonyms: ["price", "price per post", "rate", "rate card", "cost per post", "fee"] },
] as const;

export type FieldId = (typeof IMPORT_FIELDS)[number]["id"];
export const FIELD_IDS = IMPORT_FIELDS.map((f) => f.id) as [FieldId, ...FieldId[]];

export const importMappingSchema = z.object({
  columns: z.partialRecord(z.enum(FIELD_IDS), z.string().min(1).max(300)),
  platform: z.discriminatedUnion("mode", [
    z.object({ mode: z.literal("fixed"), value: z.enum(PLATFORMS) }),
    z.object({ mode: z.literal("column"), column: z.string().min(1).max(300) }),
  ]),
  /** Filled in from the file by lib/import/number-columns.ts; never taken from a request or a preset. */
  numbers: numberReadingsSchema.optional(),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** "#Followers", "60_day_eng_rate", "Audience country(mostly)" -> "followers", "60 day eng rate", "audience country mostly". */
export function normaliseHeader(h: string): string {
  return h.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function matchScore(header: string, synonym: string): number {
  const h = normaliseHeader(header);
  const s = normaliseHeader(synonym);
  if (!h || !s) return 0;
  if (h === s) return 3;
  if (s.length >= 4 && (` ${h} `.includes(` ${s} `))) return 2;
  return 0;
}

/** Best column for each field, each column used once; required fields and exact matches are placed first. */
export function suggestColumns(headers: readonly string[]): ImportMapping["columns"] {
  const candidates: { field: FieldId; col: number; rank: number }[] = [];
  IMPORT_FIELDS.forEach((f, fi) => {
    headers.forEach((h, col) => {
      f.synonyms.forEach((syn, si) => {
        const score = matchScore(h, syn);
        if (score) candidates.push({ field: f.id, col, rank: score * 1000 - si * 10 - fi });
      });
    });
  });
  candidates.sort((a, b) => b.rank - a.rank);
  const out: ImportMapping["columns"] = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (out[c.field] !== undefined || used.has(c.col)) continue;
    out[c.field] = headers[c.col]!;
    used.add(c.col);
  }
  return out;
}

/** A platform column when there is one, else a platform named by the headers, else none. */
export function suggestPlatform(headers: readonly string[]): ImportMapping["platform"] | null {
  const col = headers.find((h) => ["platform", "network", "social network", "channel type", "site"].includes(normaliseHeader(h)));
  if (col) return { mode: "column", column: col };
  const all = headers.map(normaliseHeader).join(" | ");
  const guess: [RegExp, Platform][] = [[/\binsta|\big\b/, "instagram"], [/youtube|subscriber/, "youtube"], [/tiktok/, "tiktok"], [/twitch/, "twitch"]];
  for (const [re, p] of guess) if (re.test(all)) return { mode: "fixed", value: p };
  return null;
}

export function suggestMapping(headers: readonly string[], platform?: Platform): { mapping: ImportMapping | null; columns: ImportMapping["columns"]; platform: ImportMapping["platform"] | null } {
  const columns = suggestColumns(headers);
  const p = platform ? { mode: "fixed" as const, value: platform } : suggestPlatform(headers);
  return { columns, platform: p, mapping: p ? { columns, platform: p } : null };
}

/** Problems with a mapping against a file's headers; empty when it can be used. */
export function checkMapping(mapping: ImportMapping, headers: readonly string[]): string[] {
  const problems: string[] = [];
  const set = new Set(headers);
  for (const f of IMPORT_FIELDS) {
    const col = mapping.columns[f.id];
    if (f.required && !col) problems.push(`Choose the column that holds "${f.label}".`);
    if (col && !set.has(col)) problems.push(`"${f.label}" is mapped to a column "${col}" that this file does not have.`);
  }
  if (mapping.platform.mode === "column" && !set.has(mapping.platform.column)) {
    problems.push(`The platform column "${mapping.platform.column}" is not in this file.`);
  }
  return problems;
}
