// One file row -> one creator as the catalog stores it, or the reason it cannot be. Pure: the
// same function serves the preview, the dry run and the commit, so what the admin previews is
// what gets written.
import { parseAsOf } from "@/lib/domain/as-of";
import { detectCurrency } from "@/lib/domain/metrics";
import { parseNiches } from "@/lib/domain/niches";
import type { Platform } from "@/lib/domain/types";
import { countryCode, fixMojibake } from "./text";
import { checkHandle, cleanHandle, nameKey } from "@/lib/domain/handles";
import type { FieldId, ImportMapping } from "./mapping/schema";
import { parsePlatform } from "./platform-names";
import { creatorKey, type ObservedCreator } from "@/lib/domain/observed-creator";
import { summaryWord } from "./summary-rows";
import { averageProblems, readNumberCell, type NumberReadings, type NumericField } from "./number-columns";

export { creatorKey, parsePlatform, type ObservedCreator };


export type NormalizeResult = { ok: true; creator: ObservedCreator } | { ok: false; reason: string };

/** Column positions for a mapping, resolved once per file, and how its numeric columns are read. */
export type ResolvedMapping = { index: Partial<Record<FieldId, number>>; platform: { fixed: Platform } | { column: number }; handleFrom: "handle" | "name"; numbers: NumberReadings };

export function resolveMapping(mapping: ImportMapping, headers: readonly string[]): ResolvedMapping {
  const index: Partial<Record<FieldId, number>> = {};
  for (const [field, col] of Object.entries(mapping.columns) as [FieldId, string][]) {
    const i = headers.indexOf(col);
    if (i >= 0) index[field] = i;
  }
  const platform = mapping.platform.mode === "fixed" ? { fixed: mapping.platform.value } : { column: headers.indexOf(mapping.platform.column) };
  return { index, platform, handleFrom: mapping.handleFrom ?? "handle", numbers: (mapping.numbers ?? {}) as NumberReadings };
}

/**
 * "@Cristiano", "https://www.instagram.com/cristiano/", "youtube.com/@MrBeast" -> "cristiano", "mrbeast".
 * Lower-case, no @, no URL, whitespace collapsed; null when nothing usable is left. Not checked
 * against a platform's rules: normalizeRow does that (lib/domain/handles.ts).
 */
export function normalizeHandle(raw: string): string | null {
  const s = cleanHandle(raw);
  return s && s.length <= 100 ? s : null;
}

function text(cells: readonly string[], i: number | undefined, max = 500): string | null {
  if (i === undefined) return null;
  const v = (cells[i] ?? "").replace(/\s+/g, " ").trim();
  if (!v || /^(n\/a|na|nan|null|none|-)$/i.test(v)) return null;
  return fixMojibake(v).slice(0, max);
}

/** PostgreSQL text cannot hold U+0000: a cell with one (binary debris, often far past the sniffed first 64 KB) is unknown, stored as NULL. */
const NUL = "\u0000";
const withoutNulCells = (cells: readonly string[]) => (cells.some((c) => c.includes(NUL)) ? cells.map((c) => (c.includes(NUL) ? "" : c)) : cells);

export function normalizeRow(rawCells: readonly string[], m: ResolvedMapping): NormalizeResult {
  const { index } = m;
  if (index.handle !== undefined && (rawCells[index.handle] ?? "").includes(NUL)) return { ok: false, reason: "the handle holds a NUL byte (binary data), so it is no handle" };
  const cells = withoutNulCells(rawCells);
  let platform: Platform;
  if ("fixed" in m.platform) platform = m.platform.fixed;
  else {
    const raw = (cells[m.platform.column] ?? "").trim();
    const p = raw ? parsePlatform(raw) : null;
    if (!p) return { ok: false, reason: raw ? `unknown platform "${raw}" (use instagram, tiktok, youtube, x, twitch or other)` : "platform is empty" };
    platform = p;
  }
  let rawHandle = index.handle === undefined ? "" : (cells[index.handle] ?? "");
  // A row with no handle but a profile URL: the URL names the account.
  if (!rawHandle.trim() && index.profileUrl !== undefined && m.handleFrom !== "name") rawHandle = cells[index.profileUrl] ?? "";
  if (!rawHandle.trim()) return { ok: false, reason: "handle is empty" };
  const summary = summaryWord(rawHandle);
  if (summary) return { ok: false, reason: `"${summary.slice(0, 40)}" is a totals or summary row, not a creator` };
  let handle: string;
  if (m.handleFrom === "name") {
    // The admin chose to key on channel names: kept as written, so different names never merge.
    const key = nameKey(rawHandle);
    if (!key) return { ok: false, reason: `name "${rawHandle.slice(0, 60)}" is not usable as a key (over 100 characters)` };
    handle = key;
  } else {
    const checked = checkHandle(platform, rawHandle);
    if (!checked.ok) return { ok: false, reason: checked.reason };
    handle = checked.handle;
  }

  const problems: string[] = [];
  // Each numeric column is read the way it was resolved for the whole file, and checked against
  // what is possible for its field: an impossible value refuses its row, with the reason.
  const metric = (field: NumericField): number | null => {
    const i = index[field];
    if (i === undefined) return null;
    const r = readNumberCell(field, cells[i] ?? "", m.numbers[field]);
    if (r.problem) problems.push(r.problem);
    return r.value;
  };
  const followers = metric("followers");
  const following = metric("following");
  const posts = metric("posts");
  const avgLikes = metric("avgLikes");
  const avgComments = metric("avgComments");
  const avgViews = metric("avgViews");
  const avgShares = metric("avgShares");
  const avgEngagements = metric("avgEngagements");
  let importedRate = metric("engagementRate");
  const price = metric("price");
  if (followers !== null) problems.push(...averageProblems(followers, { avgLikes, avgComments, avgViews, avgShares, avgEngagements }));
  const asOfCell = text(cells, index.asOf, 40);
  // Day precision: "2026-09-01 14:30" is the 1st of September.
  const asOf = asOfCell === null ? null : parseAsOf(/^\d{4}-\d{2}-\d{2}/.test(asOfCell) ? asOfCell.slice(0, 10) : asOfCell);
  if (asOf && !asOf.ok) problems.push(`metrics date: ${asOf.reason}`);
  if (problems.length) return { ok: false, reason: problems.join("; ") };
  if (followers === null) {
    return { ok: false, reason: index.followers === undefined ? "no followers column is mapped" : `followers is missing ("${(cells[index.followers] ?? "").trim()}")` };
  }
  // An average engagements column becomes a rate on followers, the same formula the scoring core uses.
  if (importedRate === null && avgEngagements !== null && followers > 0) importedRate = avgEngagements / followers;

  const categories = [text(cells, index.niche, 200), text(cells, index.niche2, 200)].filter((x): x is string => !!x);
  const niches = parseNiches(categories);
  const url = text(cells, index.profileUrl, 2000);
  const email = text(cells, index.contactEmail, 320);
  const language = text(cells, index.language, 20);
  const priceCell = index.price === undefined ? "" : (cells[index.price] ?? "");
  return {
    ok: true,
    creator: {
      platform,
      handle,
      // Keyed on names, the name as written (its case kept) is also the display name, unless a column gives one.
      displayName: text(cells, index.displayName, 200) ?? (m.handleFrom === "name" ? text([rawHandle], 0, 200) : null),
      bio: text(cells, index.bio, 2000),
      // Only web links are kept: a javascript: or data: "URL" must never become a link in the app.
      profileUrl: url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null,
      contactEmail: email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email.toLowerCase() : null,
      country: countryCode(text(cells, index.country, 100)),
      language: language && /^[a-z]{2}$/i.test(language) ? language.toLowerCase() : null,
      niches,
      // A category in no niche's words (another language or script, a house label) is kept as written.
      categoryLabel: niches.length === 0 && categories.length ? categories.join(", ").slice(0, 200) : null,
      followers,
      following,
      posts,
      avgLikes,
      avgComments,
      avgViews,
      avgShares,
      importedRate,
      importedPrice: price !== null && price > 0 ? { low: price, high: price, currency: detectCurrency(priceCell) ?? m.numbers.price?.currency ?? "USD" } : null,
      asOf: asOf?.ok ? asOf.date : null,
    },
  };
}

