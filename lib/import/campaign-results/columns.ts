// Which column of a campaign results export holds which field: the header's words (folded and
// stemmed as the creator import reads them, lib/import/mapping/header.ts) against a small vocabulary
// of what the platforms' and tools' exports call them. The longest matching term wins a column; each
// field takes one column (the first that claims it best). docs/campaigns.md "Import".
import type { PostInputFields } from "@/lib/domain/campaigns";
import { headerWords } from "../mapping/header";

export type ResultField = keyof PostInputFields & string;

const VOCABULARY: Record<ResultField, string[]> = {
  url: ["url", "link", "post url", "post link", "permalink", "content url", "post"],
  creator: ["creator", "handle", "username", "user name", "influencer", "account", "author", "creator handle"],
  postedAt: ["date", "posted", "posted at", "posted on", "publish date", "published", "published at", "post date", "created", "created at", "time"],
  format: ["format", "type", "content type", "media type", "post type"],
  caption: ["caption", "text", "description", "post text", "content"],
  views: ["views", "view", "plays", "video views", "impressions", "reel plays"],
  likes: ["likes", "like", "reactions", "hearts", "favorites", "favourites"],
  comments: ["comments", "comment", "replies"],
  shares: ["shares", "share", "reposts", "retweets", "sends"],
  saves: ["saves", "save", "saved", "bookmarks"],
  linkClicks: ["link clicks", "clicks", "swipe ups", "link taps", "sticker taps", "website clicks"],
  conversions: ["conversions", "orders", "sales", "purchases", "signups"],
  revenue: ["revenue", "sales value", "gmv", "order value", "revenue usd", "sales revenue"],
};

const FIELDS = Object.keys(VOCABULARY) as ResultField[];
const TERMS = FIELDS.flatMap((field) => VOCABULARY[field].map((t) => ({ field, words: headerWords(t) })));

/** How well a header names a field: the word count of the longest term that equals the header's words. */
function claim(header: string): { field: ResultField; score: number } | null {
  const words = headerWords(header);
  const joined = words.join(" ");
  let best: { field: ResultField; score: number } | null = null;
  for (const t of TERMS) {
    const phrase = t.words.join(" ");
    // The whole header, or the header with a unit or platform word around it ("Views (TikTok)").
    const exact = joined === phrase;
    const inside = !exact && (` ${joined} `).includes(` ${phrase} `) && words.length <= t.words.length + 2;
    if (!exact && !inside) continue;
    const score = t.words.length * 2 + (exact ? 1 : 0);
    if (!best || score > best.score) best = { field: t.field, score };
  }
  return best;
}

export type ResultMapping = { columns: Partial<Record<ResultField, number>>; ignored: string[] };

export function suggestResultColumns(header: readonly string[]): ResultMapping {
  const claims = header.map((h, i) => ({ i, c: claim(h) }));
  const columns: Partial<Record<ResultField, number>> = {};
  const taken = new Set<number>();
  for (const { i, c } of [...claims].sort((a, b) => (b.c?.score ?? 0) - (a.c?.score ?? 0) || a.i - b.i)) {
    if (!c || columns[c.field] !== undefined) continue;
    columns[c.field] = i;
    taken.add(i);
  }
  return { columns, ignored: header.filter((_, i) => !taken.has(i)) };
}

export const RESULT_FIELDS = FIELDS;

/** What each field is, for the wizard's mapping screen and the command line's --map. */
export const RESULT_FIELD_LABELS: Readonly<Record<ResultField, string>> = Object.freeze({
  url: "Post URL (required: the key)",
  creator: "Creator handle",
  postedAt: "Date posted",
  format: "Format",
  caption: "Caption",
  views: "Views",
  likes: "Likes",
  comments: "Comments",
  shares: "Shares",
  saves: "Saves",
  linkClicks: "Link clicks",
  conversions: "Conversions",
  revenue: "Revenue",
});

/** `--map url=Post link,creator=Handle` against the file's header: the named columns, each checked. */
export function parseResultMapArg(arg: string, header: readonly string[]): { columns: Partial<Record<ResultField, string>> } | { error: string } {
  const columns: Partial<Record<ResultField, string>> = {};
  for (const part of arg.split(",").map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf("=");
    const field = part.slice(0, eq).trim() as ResultField;
    const column = part.slice(eq + 1).trim().replace(/^["']|["']$/g, "");
    if (eq < 1 || !column) return { error: `--map expects field=Column pairs separated by commas, got "${part}"` };
    if (!FIELDS.includes(field)) return { error: `--map: unknown field "${field}" (fields: ${FIELDS.join(", ")})` };
    if (!header.includes(column)) return { error: `--map: the file has no column "${column}" (columns: ${header.join(", ")})` };
    columns[field] = column;
  }
  return { columns };
}
