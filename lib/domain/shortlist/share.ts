// Share links for a brand's client: which columns a client may see, how long a link lives, and
// whether one still opens. Pure.

/** Columns a client may be shown; the handle, platform and tier always are. */
export const SHARE_COLUMNS = {
  followers: "Followers",
  engagement: "Engagement rate",
  expectedEngagements: "Expected engagements",
  authenticity: "Authenticity",
  price: "Price per post",
  country: "Country",
  note: "Team note",
} as const;
export type ShareColumn = keyof typeof SHARE_COLUMNS;
export const SHARE_COLUMN_KEYS = Object.keys(SHARE_COLUMNS) as ShareColumn[];
export const DEFAULT_SHARE_COLUMNS: readonly ShareColumn[] = ["followers", "engagement", "expectedEngagements", "price"];

export const SHARE_DEFAULT_DAYS = 30;
export const SHARE_MAX_DAYS = 180;

export type ShareLinkState = "active" | "revoked" | "expired";

export function shareLinkState(link: { revokedAt: Date | null; expiresAt: Date }, now: Date): ShareLinkState {
  if (link.revokedAt) return "revoked";
  return link.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

/** Keeps known columns in their canonical order, once each. */
export function normaliseShareColumns(cols: readonly string[]): ShareColumn[] {
  const wanted = new Set(cols);
  return SHARE_COLUMN_KEYS.filter((k) => wanted.has(k));
}
