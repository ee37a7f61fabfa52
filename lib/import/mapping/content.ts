// Does a column's content fit a field? 0-1, with the reason in words, or a veto when the content
// contradicts the field whatever the header says: category words are no handle, values with
// spaces are no handle, a rank 1, 2, 3... is no follower count, 3 to 10 is no price per post.
import { platformName } from "@/lib/domain/handles";
import { formatCompact } from "@/lib/domain/format";
import type { Platform } from "@/lib/domain/types";
import type { ColumnProfile } from "./profile";
import type { FieldId } from "./schema";

export type ContentFit = { fit: number; veto: string | null; why: string };

const pct = (x: number) => `${Math.round(x * 100)}%`;
const eg = (p: ColumnProfile) => (p.examples.length ? ` (e.g. ${p.examples.map((e) => `“${e}”`).join(", ")})` : "");
const fit = (value: number, why: string): ContentFit => ({ fit: Math.max(0, Math.min(1, value)), veto: null, why });
const veto = (why: string): ContentFit => ({ fit: 0, veto: why, why });
// Two decimals, or two significant digits below 1 ("0.035", not "0.04"; "0.0012", not "0").
const num = (x: number | null) => (x === null ? "?" : x >= 1000 ? formatCompact(x) : x > 0 && x < 1 ? String(Number(x.toPrecision(2))) : String(Math.round(x * 100) / 100));

const HANDLE_PLATFORMS: Platform[] = ["instagram", "tiktok", "youtube", "x", "twitch"];

/** Something other than the field: the reason, or null. Checked for every text field. */
function otherKind(p: ColumnProfile, allow: "niche" | "country" | "language" | "url" | "email" | null): string | null {
  if (p.numeric >= 0.8) return `${pct(p.numeric)} of values are numbers${eg(p)}`;
  if (allow !== "url" && p.url >= 0.5) return `${pct(p.url)} of values are web addresses${eg(p)}`;
  if (allow !== "email" && p.email >= 0.5) return `${pct(p.email)} of values are e-mail addresses`;
  if (p.platformName >= 0.5) return `${pct(p.platformName)} of values are platform names${eg(p)}`;
  if (allow !== "niche" && p.niche >= 0.5 && p.unique < 0.6) return `${pct(p.niche)} of values are category words${eg(p)}`;
  if (allow !== "country" && allow !== "language" && p.country >= 0.6 && p.unique < 0.6) return `${pct(p.country)} of values are countries${eg(p)}`;
  return null;
}

/** A column of another platform's profile URLs: never the chosen platform's profile or handle. */
function otherPlatformUrls(p: ColumnProfile, platform: Platform | null): string | null {
  if (!platform || platform === "other") return null;
  const [up, share] = (Object.entries(p.urlPlatform) as [Platform, number][]).sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return up && up !== platform && share >= 0.5 ? `${pct(share)} of values are ${platformName(up)} addresses, not ${platformName(platform)}${eg(p)}` : null;
}

function handleFit(p: ColumnProfile, platform: Platform | null): ContentFit {
  const urlShare = Math.max(0, ...Object.values(p.urlPlatform));
  if (urlShare >= 0.6) {
    const up = (Object.entries(p.urlPlatform) as [Platform, number][]).sort((a, b) => b[1] - a[1])[0]![0];
    if (platform && platform !== "other" && up !== platform) return veto(`${pct(urlShare)} of values are ${platformName(up)} addresses, not ${platformName(platform)}`);
    return fit(0.9 * (0.5 + 0.5 * p.unique), `${pct(urlShare)} of values are ${platformName(up)} profile URLs; the handle is read from them`);
  }
  const other = otherKind(p, null);
  if (other) return veto(other);
  if (p.handleSpaces >= 0.3) return veto(`${pct(p.handleSpaces)} of values have spaces, which no handle has${eg({ ...p, examples: p.spacedExamples })}`);
  if (p.filled >= 10 && p.unique < 0.5) return veto(`only ${pct(p.unique)} of values are distinct: a creator list names each creator once${eg(p)}`);
  const candidates = platform && platform !== "other" ? [platform] : HANDLE_PLATFORMS;
  const [best, share] = candidates.map((q) => [q, p.handle[q]] as const).sort((a, b) => b[1] - a[1])[0]!;
  if (share < 0.5) return veto(`only ${pct(share)} of values could be ${platformName(best)} handles${eg(p)}`);
  const at = p.at >= 0.5 ? 0.1 : 0;
  // Handles are mostly lower case; names in the same file are capitalised.
  // A YouTube channel ID's capitals are part of the key, not a name's.
  const score = share * (0.6 + 0.4 * p.unique) + at - 0.15 * Math.max(0, p.upper - p.channelId);
  const uniq = p.unique === 1 ? "all unique" : `${pct(p.unique)} unique`;
  return fit(score, `${pct(share)} of values look like ${platform ? platformName(best) : "platform"} handles; ${uniq}${p.at >= 0.5 ? `; ${pct(p.at)} written with @` : ""}`);
}

function countFit(field: FieldId, p: ColumnProfile): ContentFit {
  if (p.numeric < 0.5) return veto(`only ${pct(p.numeric)} of values are numbers${eg(p)}`);
  if (p.sequence >= 0.8) return veto(`values count 1, 2, 3… in file order, like a rank${eg(p)}`);
  if (p.percent >= 0.5) return veto(`${pct(p.percent)} of values are percentages${eg(p)}`);
  if (p.currency >= 0.5) return veto(`${pct(p.currency)} of values carry a currency${eg(p)}: amounts of money, not counts`);
  // "0.0205" is 2.05% shown as a percentage in a spreadsheet: no count, average or follower number.
  if (p.fraction >= 0.5 && (p.p90 ?? 0) <= 1) return veto(`${pct(p.fraction)} of values are fractions below 1${eg(p)}, a rate, not a count`);
  // The figures as the import will read this column for this field (its chosen decimal mark).
  const read = p.countsAs(field === "followers" || field === "following" || field === "posts" ? field : field === "avgViews" ? "views" : "average");
  const numbers = `${pct(p.numeric)} are numbers, median ${num(read.median)}`;
  if (field === "followers" || field === "following") {
    if (p.p90 !== null && p.p90 <= 10 && p.integer < 0.5) return veto(`values are small decimals${eg(p)}, not ${field === "followers" ? "follower" : "following"} counts`);
    const m = read.median ?? 0;
    return fit(p.numeric * (m >= 1000 ? 1 : m >= 100 ? 0.8 : 0.55), numbers);
  }
  if (field === "posts") return fit(p.numeric * (0.6 + 0.4 * p.integer), numbers);
  return fit(p.numeric, numbers);
}

function rateFit(p: ColumnProfile): ContentFit {
  if (p.numeric < 0.5) return veto(`only ${pct(p.numeric)} of values are numbers${eg(p)}`);
  if (p.percent >= 0.5) return fit(p.numeric, `${pct(p.percent)} of values are percentages, median ${num(p.median)}%`);
  if (p.fraction >= 0.5 && (p.p90 ?? 0) <= 1) return fit(1, `${pct(p.fraction)} of values are fractions below 1, up to ${num(p.p90)}${eg(p)}, read as rates (0.02 = 2%)`);
  if ((p.median ?? 0) > 100) return veto(`values like ${num(p.median)} are counts, not a rate`);
  if (p.integer >= 0.9 && (p.p90 ?? 0) > 20) return fit(0.35, `whole numbers up to ${num(p.p90)}: a rate or a score?`);
  return fit(0.8 * p.numeric, `${pct(p.numeric)} are decimals up to ${num(p.p90)}, read as rates`);
}

function priceFit(p: ColumnProfile): ContentFit {
  if (p.numeric < 0.5) return veto(`only ${pct(p.numeric)} of values are numbers${eg(p)}`);
  if (p.percent >= 0.3) return veto(`${pct(p.percent)} of values are percentages, not prices${eg(p)}`);
  if (p.sequence >= 0.8) return veto(`values count 1, 2, 3… in file order, like a rank`);
  if (p.currency < 0.3 && (p.p90 ?? 0) <= 10) return veto(`values up to ${num(p.p90)} are too small for a price per post (a statistic?)${eg(p)}`);
  const money = p.currency >= 0.5 ? `${pct(p.currency)} carry a currency` : "no currency shown";
  return fit(p.numeric * (p.currency >= 0.5 ? 1 : (p.median ?? 0) >= 50 ? 0.8 : 0.55), `${pct(p.numeric)} are amounts, median ${num(p.median)}; ${money}`);
}

/** How well the column's content fits `field`; `platform` narrows the handle rules when known. */
export function contentFit(field: FieldId, p: ColumnProfile, platform: Platform | null): ContentFit {
  // Nothing to look at (no rows yet, or an empty column): the header alone decides, and says so.
  if (p.filled === 0) return fit(0.5, "no values to check");
  switch (field) {
    case "handle":
      return handleFit(p, platform);
    case "displayName": {
      const other = otherKind(p, null);
      if (other) return veto(other);
      if (p.avgLength > 80) return veto("values are long texts, not names");
      return fit(0.5 + 0.3 * Math.max(p.spaces, p.upper) + 0.2 * p.unique, `${pct(Math.max(p.spaces, p.upper))} have spaces or capitals, as names do; ${pct(p.unique)} unique`);
    }
    case "followers": case "following": case "posts": case "avgLikes": case "avgComments": case "avgViews": case "avgShares": case "avgEngagements":
      return countFit(field, p);
    case "engagementRate":
      return rateFit(p);
    case "price":
      return priceFit(p);
    case "niche": case "niche2": {
      const other = otherKind(p, "niche");
      if (other) return veto(other);
      if (p.avgLength > 60) return veto("values are long texts, not categories");
      return fit(0.45 + 0.55 * p.niche, `${pct(p.niche)} of values are known categories${eg(p)}`);
    }
    case "country": {
      if (p.numeric >= 0.5) return veto(`${pct(p.numeric)} of values are numbers (a country statistic, not a country)${eg(p)}`);
      if (p.filled >= 3 && p.country < 0.3) return veto(`only ${pct(p.country)} of values are country names or codes${eg(p)}`);
      return fit(p.country, `${pct(p.country)} of values are countries${eg(p)}`);
    }
    case "language": {
      if (p.numeric >= 0.5) return veto(`${pct(p.numeric)} of values are numbers`);
      if (p.filled >= 3 && p.language < 0.3) return veto(`only ${pct(p.language)} of values are languages${eg(p)}`);
      return fit(p.language, `${pct(p.language)} of values are language codes or names`);
    }
    case "bio": {
      if (p.numeric >= 0.5 || p.url >= 0.5 || p.email >= 0.5) return veto(otherKind(p, null) ?? "values are not text");
      return fit(p.avgLength >= 40 ? 1 : p.avgLength >= 15 ? 0.6 : 0.3, `texts of ${Math.round(p.avgLength)} characters on average`);
    }
    case "profileUrl":
    {
      const other = otherPlatformUrls(p, platform);
      if (other) return veto(other);
    }
      if (p.filled >= 2 && p.url < 0.3) return veto(`only ${pct(p.url)} of values are web addresses${eg(p)}`);
      return fit(p.url, `${pct(p.url)} of values are web addresses`);
    case "asOf": {
      // A date column: ISO dates (2026-09-01, or with a time); the examples decide.
      const dates = p.examples.filter((v) => /^\d{4}-\d{2}-\d{2}([T ].*)?$/.test(v.trim())).length / Math.max(1, p.examples.length);
      if (p.filled >= 2 && dates < 0.5) return veto(`only ${pct(dates)} of values are dates written YYYY-MM-DD${eg(p)}`);
      return fit(dates, `${pct(dates)} of values are dates (YYYY-MM-DD)`);
    }
    case "contactEmail":
      if (p.filled >= 2 && p.email < 0.3) return veto(`only ${pct(p.email)} of values are e-mail addresses${eg(p)}`);
      return fit(p.email, `${pct(p.email)} of values are e-mail addresses`);
  }
}

/** How far content alone may carry a field when no header names it (a column of e-mails needs no header). */
export const CONTENT_ONLY_WEIGHT: Partial<Record<FieldId, number>> = {
  contactEmail: 0.95, profileUrl: 0.9, country: 0.7, language: 0.6, bio: 0.55, niche: 0.55, handle: 0.5, displayName: 0.3,
};
