// The suggested mapping: every (field, column) pair scored on header and content together, then
// one column per field chosen as a whole (best pairs first). Each choice carries a confidence and
// its reason; a field nobody is confident about stays empty rather than guessed.
import { platformName } from "@/lib/domain/handles";
import type { Platform } from "@/lib/domain/types";
import { CONTENT_ONLY_WEIGHT, contentFit } from "./content";
import { headerClaim, isPlatformHeader, platformFromHeaders, platformOfHeader } from "./header";
import { profileColumns, type ColumnProfile } from "./profile";
import { IMPORT_FIELDS, fieldLabel, type FieldId, type ImportMapping } from "./schema";

/** Below this a field is left unmapped; required fields under CONFIDENT stop the command line. */
export const MAP_THRESHOLD = 0.5;
export const CONFIDENT = 0.7;

export type FieldSuggestion = { field: FieldId; column: string; confidence: number; reason: string; examples: string[] };
export type RejectedColumn = { field: FieldId; column: string; reason: string };
export type MappingSuggestion = {
  columns: ImportMapping["columns"];
  platform: ImportMapping["platform"] | null;
  platformConfidence: number;
  platformReason: string;
  /** Usable as it is: both required fields and the platform are chosen. */
  mapping: ImportMapping | null;
  fields: FieldSuggestion[];
  /** Columns whose header named a field that their content contradicts. */
  rejected: RejectedColumn[];
  /** Every required field and the platform at CONFIDENT or above. */
  confident: boolean;
  notes: string[];
  /** When no column holds handles: the column of channel or display names the import could key on. */
  nameColumn: string | null;
};

const TEXT_FIELDS = new Set<FieldId>(["handle", "displayName", "niche", "niche2", "country", "language", "bio", "profileUrl", "contactEmail"]);

type Pair = { field: FieldId; col: number; score: number; fit: number; reason: string };

function scorePair(field: FieldId, p: ColumnProfile, platform: Platform | null, rejected: RejectedColumn[]): Pair | null {
  const h = headerClaim(field, p.header);
  const c = contentFit(field, p, platform);
  if (c.veto) {
    if (h.score >= 0.5) rejected.push({ field, column: p.header, reason: `“${p.header}” is not ${fieldLabel(field).toLowerCase()}: ${c.veto}` });
    return null;
  }
  if (h.score > 0) {
    // Any count fits any number field, so there the header carries the choice; a handle, an e-mail or
    // a country is told by its values, so there the content may lift a vague header.
    const score = TEXT_FIELDS.has(field) ? 0.45 * h.score + 0.55 * c.fit : h.score * (0.35 + 0.65 * c.fit);
    return { field, col: p.index, score, fit: c.fit, reason: `${c.why}; ${h.why}` };
  }
  if (h.denied) return null;
  const w = CONTENT_ONLY_WEIGHT[field] ?? 0;
  if (field === "handle" && p.at < 0.5 && Math.max(0, ...Object.values(p.urlPlatform)) < 0.6) return null;
  return w ? { field, col: p.index, score: w * c.fit, fit: c.fit, reason: `${c.why} (from the values; the header says nothing)` } : null;
}

type PlatformChoice = { platform: ImportMapping["platform"] | null; confidence: number; reason: string; column: number | null };

function choosePlatform(profiles: ColumnProfile[], headers: readonly string[], fixed?: Platform): PlatformChoice {
  if (fixed) return { platform: { mode: "fixed", value: fixed }, confidence: 1, reason: `you chose ${platformName(fixed)}`, column: null };
  const named = profiles.filter((p) => p.platformName >= 0.8).sort((a, b) => b.platformName - a.platformName)[0];
  if (named) {
    const conf = isPlatformHeader(named.header) ? 0.95 : 0.8;
    return { platform: { mode: "column", column: named.header }, confidence: conf * named.platformName, reason: `${Math.round(named.platformName * 100)}% of “${named.header}” are platform names`, column: named.index };
  }
  // A column of YouTube channel IDs holds a key only YouTube issues: the rows are YouTube channels,
  // whatever another column links to (a creator's Instagram beside their channel is a contact, not the key).
  const ids = profiles.filter((p) => p.channelId >= 0.6).sort((a, b) => b.channelId - a.channelId)[0];
  if (ids) return { platform: { mode: "fixed", value: "youtube" }, confidence: 0.9, reason: `${Math.round(ids.channelId * 100)}% of “${ids.header}” are YouTube channel IDs`, column: null };
  const urls = profiles.flatMap((p) => (Object.entries(p.urlPlatform) as [Platform, number][]).map(([q, s]) => ({ q, s, p })));
  const topUrl = urls.sort((a, b) => b.s - a.s)[0];
  if (topUrl && topUrl.s >= 0.6) {
    return { platform: { mode: "fixed", value: topUrl.q }, confidence: 0.9, reason: `${Math.round(topUrl.s * 100)}% of “${topUrl.p.header}” are ${platformName(topUrl.q)} addresses`, column: null };
  }
  const cue = platformFromHeaders(headers);
  if (cue) return { platform: { mode: "fixed", value: cue.platform }, confidence: 0.75, reason: `the header “${cue.word}” names ${platformName(cue.platform)}`, column: null };
  return { platform: null, confidence: 0, reason: "nothing in the file says which platform: choose it", column: null };
}

/**
 * The platform comes from the key column (its IDs, its addresses, the platform its header names); a
 * column of links to another platform's profiles is evidence the other way. Where the two disagree,
 * the confidence says so (below CONFIDENT, so a person confirms) and the reason names both.
 */
function lowerOnConflict(chosen: PlatformChoice, profiles: ColumnProfile[], platform: Platform, columns: ImportMapping["columns"]): void {
  const other = profiles
    .filter((p) => p.header !== columns.handle)
    .flatMap((p) => (Object.entries(p.urlPlatform) as [Platform, number][]).filter(([q, s]) => q !== platform && s >= 0.6).map(([q, s]) => ({ q, s, p })))
    .sort((a, b) => b.s - a.s)[0];
  if (!other) return;
  chosen.confidence = Math.min(chosen.confidence, 0.6);
  chosen.reason += `; but ${Math.round(other.s * 100)}% of “${other.p.header}” are ${platformName(other.q)} addresses: check that the rows are ${platformName(platform)} accounts`;
}

/**
 * An "average per post" whose typical value dwarfs the typical follower count is a total (lifetime
 * video views, all likes ever): mapped as an average it would refuse nearly every row as impossible.
 * Views may run ahead of the audience, other averages hardly; the bars sit far above real medians
 * (average views are typically under a third of subscribers, likes a few percent of followers).
 */
const TOTAL_RATIO: Partial<Record<FieldId, number>> = { avgViews: 20, avgLikes: 2, avgComments: 2, avgShares: 2, avgEngagements: 2 };

function dropTotalsAsAverages(profiles: ColumnProfile[], columns: ImportMapping["columns"], fields: FieldSuggestion[], rejected: RejectedColumn[]) {
  // Read as the import will read them (each column's chosen decimal mark), as the hints show them.
  const followers = profiles.find((p) => p.header === columns.followers)?.countsAs("followers").median;
  if (!followers || followers <= 0) return;
  for (const [field, ratio] of Object.entries(TOTAL_RATIO) as [FieldId, number][]) {
    const col = profiles.find((p) => p.header === columns[field]);
    const median = col?.countsAs(field === "avgViews" ? "views" : "average").median;
    if (!col || !median || median <= ratio * followers) continue;
    delete columns[field];
    fields.splice(fields.findIndex((f) => f.field === field), 1);
    const times = Math.round(median / followers);
    rejected.push({ field, column: col.header, reason: `“${col.header}” is not ${fieldLabel(field).toLowerCase()}: its typical value is ${times.toLocaleString("en-US")} times the typical follower count, so it looks like a total, not an average per post` });
  }
}

export type SuggestOptions = {
  rows?: readonly (readonly string[])[];
  platform?: Platform;
  /** Internal: the platform was bound by the handle column's header, for this reason (not by the user). */
  boundBy?: string;
};

export function suggestMapping(headers: readonly string[], opts: SuggestOptions | Platform = {}): MappingSuggestion {
  const { rows = [], platform: fixed, boundBy } = typeof opts === "string" ? { platform: opts } : opts;
  const profiles = profileColumns(headers, rows);
  const chosen = choosePlatform(profiles, headers, fixed);
  if (boundBy) Object.assign(chosen, { confidence: 0.9, reason: boundBy });
  const knownPlatform = chosen.platform?.mode === "fixed" ? chosen.platform.value : null;
  // A file with a column set per platform (Upfluence: instagram_username, tiktok_username...): one
  // import holds one platform, so the other platforms' columns are left out once the platform is known.
  const named = headers.map((h) => platformOfHeader(h));
  const multi = new Set(named.filter(Boolean)).size >= 2;
  const otherPlatform = (i: number) => multi && !!fixed && !!knownPlatform && !!named[i] && named[i] !== knownPlatform;
  const rejected: RejectedColumn[] = [];
  const pairs: Pair[] = [];
  for (const f of IMPORT_FIELDS) {
    for (const p of profiles) {
      if (p.index === chosen.column || otherPlatform(p.index)) continue;
      const pair = scorePair(f.id, p, knownPlatform, rejected);
      if (pair) pairs.push(pair);
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.col - b.col);
  const usedCols = new Set<number>();
  const fields: FieldSuggestion[] = [];
  const columns: ImportMapping["columns"] = {};
  for (const pair of pairs) {
    if (pair.score < MAP_THRESHOLD) break;
    if (columns[pair.field] !== undefined || usedCols.has(pair.col)) continue;
    // Two fields tie on one column ("Preis pro Post": price or posts?): the content decides, and the reason says so.
    const tie = pairs.find((q) => q.col === pair.col && q.field !== pair.field && columns[q.field] === undefined && q.score >= MAP_THRESHOLD && pair.score - q.score < 0.03 && q.fit > pair.fit + 0.1);
    if (tie) {
      tie.reason += `; its values fit ${fieldLabel(tie.field).toLowerCase()} better than ${fieldLabel(pair.field).toLowerCase()}, which the header names as well`;
      tie.score = pair.score;
      continue;
    }
    // A close second for the same field makes the choice a coin toss: say so and lower the confidence.
    const rival = pairs.find((q) => q.field === pair.field && q.col !== pair.col && !usedCols.has(q.col) && q.score > pair.score - 0.08);
    const confidence = rival ? pair.score * 0.8 : pair.score;
    const reason = rival ? `${pair.reason}; but “${headers[rival.col]}” fits almost as well` : pair.reason;
    columns[pair.field] = headers[pair.col]!;
    usedCols.add(pair.col);
    fields.push({ field: pair.field, column: headers[pair.col]!, confidence: Math.round(confidence * 100) / 100, reason, examples: profiles[pair.col]!.examples });
  }
  // The handle column names its platform ("instagram_username"): that platform, not another column's URLs, is the file's.
  const handlePlatform = columns.handle ? platformOfHeader(columns.handle) : null;
  if (!fixed && !boundBy && handlePlatform && chosen.platform?.mode !== "column" && knownPlatform !== handlePlatform) {
    return suggestMapping(headers, { rows, platform: handlePlatform, boundBy: `the handle column “${columns.handle}” names ${platformName(handlePlatform)}` });
  }
  if ((!fixed || boundBy) && knownPlatform) lowerOnConflict(chosen, profiles, knownPlatform, columns);
  dropTotalsAsAverages(profiles, columns, fields, rejected);
  // A column of profile URLs is the profile URL and, when no column holds handles, the handle too.
  const urlCol = profiles.find((p) => p.header === columns.profileUrl);
  if (!columns.handle && urlCol) {
    const fit = contentFit("handle", urlCol, knownPlatform);
    const head = headerClaim("handle", urlCol.header).score;
    if (!fit.veto && fit.fit >= 0.7) {
      columns.handle = urlCol.header;
      const confidence = Math.round(Math.min(1, 0.45 * Math.max(head, 0.55) + 0.55 * fit.fit) * 100) / 100;
      fields.unshift({ field: "handle", column: urlCol.header, confidence, reason: fit.why, examples: urlCol.examples });
    }
  }
  const notes: string[] = [];
  let nameColumn: string | null = null;
  if (!columns.handle) {
    const names = profiles.filter((p) => p.filled > 0 && (!usedCols.has(p.index) || columns.displayName === p.header))
      .map((p) => ({ p, s: headerClaim("displayName", p.header).score }))
      .filter((x) => x.s > 0 && !contentFit("displayName", x.p, knownPlatform).veto)
      .sort((a, b) => b.s - a.s)[0];
    nameColumn = names?.p.header ?? null;
    notes.push(nameColumn
      ? `No column holds handles. “${nameColumn}” holds channel or display names; you can key the import on them, but two creators with the same name then count as one.`
      : "No column holds handles: choose the handle column.");
  }
  for (const f of IMPORT_FIELDS.filter((x) => x.required)) {
    const s = fields.find((x) => x.field === f.id);
    if (!s) { if (f.id !== "handle") notes.push(`No column is a confident match for “${f.label}”: choose it.`); }
    else if (s.confidence < CONFIDENT) notes.push(`“${s.column}” for “${f.label}” is a guess (${Math.round(s.confidence * 100)}%): check it.`);
  }
  if (!chosen.platform) notes.push(chosen.reason);
  const left = headers.filter((_, i) => otherPlatform(i));
  if (left.length) notes.push(`One import holds one platform (${platformName(knownPlatform!)}): the other platforms' columns (${left.map((h) => `“${h}”`).join(", ")}) are not imported; import the file again for each of those platforms.`);
  const complete = !!chosen.platform && !!columns.handle && !!columns.followers;
  const confident = complete && chosen.confidence >= CONFIDENT && IMPORT_FIELDS.every((f) => !f.required || (fields.find((x) => x.field === f.id)?.confidence ?? 0) >= CONFIDENT);
  return {
    columns, platform: chosen.platform, platformConfidence: chosen.confidence, platformReason: chosen.reason,
    mapping: complete ? { columns, platform: chosen.platform! } : null,
    fields, rejected: rejected.filter((r) => columns[r.field] !== r.column), confident, notes, nameColumn,
  };
}

