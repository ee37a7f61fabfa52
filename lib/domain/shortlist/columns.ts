// The columns of a list as the list page shows them and the exports write them: one definition, so a
// CSV, an XLSX and the page agree. Values are plain numbers (percent as 3.12, money as 450) for
// spreadsheets; the page formats them for people.
import type { Tier } from "../types";
import type { Cell } from "./cells";
import { effectivePrice, type ShortlistStatus } from "./totals";

export type ListRow = {
  handle: string;
  platform: string;
  displayName: string | null;
  country: string | null;
  tier: Tier;
  followers: number;
  engagementRate: number | null; // fraction
  expectedEngagements: number | null;
  fit: number | null;
  authenticityScore: number | null;
  priceLow: number | null;
  priceHigh: number | null;
  priceCurrency: string;
  agreedPrice: number | null;
  score: number;
  status: ShortlistStatus;
  note: string | null;
  clientDecision: string | null;
  clientComment: string | null;
};

export type Column = { key: string; header: string; kind: "text" | "number"; value: (r: ListRow) => Cell };

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

export const EXPORT_COLUMNS: readonly Column[] = [
  // Without the "@": a cell starting with "@" would need neutralising in every row.
  { key: "handle", header: "Handle", kind: "text", value: (r) => r.handle },
  { key: "platform", header: "Platform", kind: "text", value: (r) => r.platform },
  { key: "displayName", header: "Name", kind: "text", value: (r) => r.displayName },
  { key: "country", header: "Country", kind: "text", value: (r) => r.country },
  { key: "tier", header: "Tier", kind: "text", value: (r) => r.tier },
  { key: "followers", header: "Followers", kind: "number", value: (r) => r.followers },
  { key: "engagementRate", header: "Engagement rate (%)", kind: "number", value: (r) => (r.engagementRate === null ? null : round(r.engagementRate * 100, 2)) },
  { key: "expectedEngagements", header: "Expected engagements per post", kind: "number", value: (r) => r.expectedEngagements },
  { key: "fit", header: "Fit", kind: "number", value: (r) => r.fit },
  { key: "authenticity", header: "Authenticity", kind: "number", value: (r) => r.authenticityScore },
  { key: "priceLow", header: "Price low", kind: "number", value: (r) => effectivePrice(r)?.low ?? null },
  { key: "priceHigh", header: "Price high", kind: "number", value: (r) => effectivePrice(r)?.high ?? null },
  { key: "priceAgreed", header: "Price agreed", kind: "text", value: (r) => (r.agreedPrice === null ? "no" : "yes") },
  { key: "currency", header: "Currency", kind: "text", value: (r) => effectivePrice(r)?.currency ?? null },
  { key: "score", header: "Score", kind: "number", value: (r) => r.score },
  { key: "status", header: "Status", kind: "text", value: (r) => r.status },
  { key: "note", header: "Note", kind: "text", value: (r) => r.note },
  { key: "clientDecision", header: "Client decision", kind: "text", value: (r) => r.clientDecision },
  { key: "clientComment", header: "Client comment", kind: "text", value: (r) => r.clientComment },
];

export const EXPORT_HEADERS = EXPORT_COLUMNS.map((c) => c.header);

export function exportValues(r: ListRow): Cell[] {
  return EXPORT_COLUMNS.map((c) => c.value(r));
}
