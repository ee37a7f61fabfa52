// What a handle can be on each platform, and reading one out of what exports put in a cell
// ("@Name", a profile URL, a bare name). Pure. The rules follow each platform's own sign-up rules,
// so a value that breaks them (spaces, a category word with "&", 40 characters on X) is not a
// handle of anyone there and must never become one.
import type { Platform } from "./types";

type Rule = { min: number; max: number; chars: RegExp; charsText: string; extra?: (h: string) => string | null };

const PLATFORM_NAMES: Record<Platform, string> = { instagram: "Instagram", tiktok: "TikTok", youtube: "YouTube", x: "X", twitch: "Twitch", other: "other-platform" };

export function platformName(p: Platform): string {
  return PLATFORM_NAMES[p];
}

const RULES: Record<Platform, Rule> = {
  instagram: {
    min: 1, max: 30, chars: /^[a-z0-9._]+$/, charsText: 'letters, digits, "." and "_"',
    extra: (h) => (h.startsWith(".") || h.endsWith(".") ? 'cannot start or end with "."' : h.includes("..") ? 'cannot have ".." in it' : null),
  },
  tiktok: { min: 2, max: 24, chars: /^[a-z0-9._]+$/, charsText: 'letters, digits, "." and "_"', extra: (h) => (h.endsWith(".") ? 'cannot end with "."' : null) },
  // @handles allow letters of every script; channel ids (UC + 22 characters) fit the same rule.
  youtube: { min: 3, max: 30, chars: /^[\p{L}\p{M}\p{N}._-]+$/u, charsText: 'letters, digits, "_", "-" and "."' },
  x: { min: 1, max: 15, chars: /^[a-z0-9_]+$/, charsText: 'letters, digits and "_"' },
  twitch: { min: 4, max: 25, chars: /^[a-z0-9_]+$/, charsText: 'letters, digits and "_"', extra: (h) => (h.startsWith("_") ? 'cannot start with "_"' : null) },
  other: { min: 1, max: 100, chars: /^[^\s\u0000-\u001f\u007f]+$/u, charsText: "no spaces" },
};

const an = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

export function handleRuleText(p: Platform): string {
  const r = RULES[p];
  return `${an(platformName(p))} handle is ${r.min === r.max ? r.min : `${r.min}-${r.max}`} characters: ${r.charsText}, no spaces`;
}

const HOSTS: [RegExp, Platform][] = [
  [/^(?:[a-z0-9-]+\.)?instagram\.com$/, "instagram"],
  [/^(?:[a-z0-9-]+\.)?tiktok\.com$/, "tiktok"],
  [/^(?:[a-z0-9-]+\.)?(?:youtube\.com|youtu\.be)$/, "youtube"],
  [/^(?:[a-z0-9-]+\.)?(?:twitter\.com|x\.com)$/, "x"],
  [/^(?:[a-z0-9-]+\.)?twitch\.tv$/, "twitch"],
];

const URL_RE = /^(?:https?:\/\/)?([a-z0-9.-]+\.[a-z]{2,})(\/[^\s]*)?$/i;

/** The platform a profile URL points to, or null for any other address. */
export function urlPlatform(raw: string): Platform | null {
  const m = URL_RE.exec(raw.trim());
  if (!m) return null;
  const host = m[1]!.toLowerCase();
  return HOSTS.find(([re]) => re.test(host))?.[1] ?? null;
}

/** "https://www.tiktok.com/@Anna?lang=en" -> { platform: "tiktok", handle: "Anna" }; null when no handle is in the path. */
export function handleFromUrl(raw: string): { platform: Platform; handle: string } | null {
  const platform = urlPlatform(raw);
  if (!platform) return null;
  const path = (URL_RE.exec(raw.trim())![2] ?? "").split(/[?#]/)[0]!;
  const parts = path.split("/").filter(Boolean);
  const first = parts[0] ?? "";
  // Legacy YouTube addresses put the name one level down; /channel/ holds the channel id.
  const handle = ["c", "user", "channel"].includes(first.toLowerCase()) ? (parts[1] ?? "") : first;
  if (!handle || ["p", "reel", "reels", "watch", "video", "videos", "status", "explore", "shorts"].includes(handle.toLowerCase())) return null;
  try {
    return { platform, handle: decodeURIComponent(handle).replace(/^@+/, "") };
  } catch {
    return { platform, handle: handle.replace(/^@+/, "") };
  }
}

/**
 * A YouTube channel ID: "UC" and 22 characters of URL-safe base64 (16 bytes), so the last one carries
 * two bits and is always A, Q, g or w. A key of its own, in its exact case (the channel's address
 * is youtube.com/channel/UC…); lower-cased it is nobody's page.
 */
const CHANNEL_ID = /(?<![A-Za-z0-9_-])UC[A-Za-z0-9_-]{21}[AQgw](?![A-Za-z0-9_-])/;

export function isYoutubeChannelId(s: string): boolean {
  return s.length === 24 && CHANNEL_ID.test(s);
}

/**
 * The YouTube channel ID a cell holds, in its exact case: bare ("UC…"), in a channel address
 * ("youtube.com/channel/UC…"), or glued after a name ("Name@UC…", "Name (UC…)"). Null otherwise,
 * and for an address on another site.
 */
export function youtubeChannelIdIn(raw: string): string | null {
  const s = raw.trim();
  if (s.length > 300) return null;
  const site = urlPlatform(s);
  if (site && site !== "youtube") return null;
  return CHANNEL_ID.exec(s)?.[0] ?? null;
}

/** A cell as a handle key: no URL, no leading "@", lower case, whitespace collapsed (not yet checked). */
export function cleanHandle(raw: string): string {
  let s = raw.normalize("NFC").replace(/[\u0000-\u001f\u007f]/g, " ").trim();
  const fromUrl = handleFromUrl(s);
  if (fromUrl) s = fromUrl.handle;
  // A name and a handle glued into one cell ("Ana Ruiz (@ana.ruiz)", "Ana Ruiz | @ana.ruiz"): the @-word is the handle.
  if (/\s/.test(s) && s.length <= 80) {
    const at = [...s.matchAll(/(?:^|[\s(\[|,;/])@([\p{L}\p{N}._-]+)/gu)];
    if (at.length === 1) s = at[0]![1]!;
  }
  return s.replace(/^@+/, "").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Why `handle` (already cleaned) cannot be a handle on `platform`, or null when it can. */
export function handleProblem(platform: Platform, handle: string): string | null {
  const r = RULES[platform];
  if (!handle) return "is empty";
  if (/\s/.test(handle)) return "has spaces";
  if (handle.length < r.min) return `is shorter than ${r.min} characters`;
  if (handle.length > r.max) return `is longer than ${r.max} characters`;
  if (!r.chars.test(handle)) return "has characters a handle cannot have";
  return r.extra?.(handle) ?? null;
}

export type HandleCheck = { ok: true; handle: string } | { ok: false; reason: string };

/** The key a cell gives on `platform`: a YouTube channel ID as written, or else the cleaned handle. */
export function readHandle(platform: Platform, raw: string): string {
  return (platform === "youtube" && youtubeChannelIdIn(raw)) || cleanHandle(raw);
}

/** Reads and checks one cell as a handle on `platform`; the reason says what is wrong and what a handle is. */
export function checkHandle(platform: Platform, raw: string): HandleCheck {
  const handle = readHandle(platform, raw);
  if (!handle) return { ok: false, reason: "handle is empty" };
  const problem = handleProblem(platform, handle);
  if (!problem) return { ok: true, handle };
  const shown = raw.trim().slice(0, 60);
  return { ok: false, reason: `"${shown}" is not ${an(platformName(platform))} handle: it ${problem} (${handleRuleText(platform)})` };
}

/** True when the cell could be a handle on `platform` (the mapper's profile uses this). */
export function looksLikeHandle(platform: Platform, raw: string): boolean {
  const h = readHandle(platform, raw);
  return !!h && handleProblem(platform, h) === null;
}

/**
 * A channel or display name used as the key when a file has no handles (many YouTube lists):
 * kept as written apart from case and spacing, so that two different names never collapse.
 */
export function nameKey(raw: string): string | null {
  const s = raw.normalize("NFC").replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
  return s && s.length <= 100 ? s : null;
}

/**
 * A handle as people read it, everywhere the app shows one: "@name", but a YouTube channel ID bare
 * ("UC…" is an ID, not a name anyone types after an "@").
 */
export function formatHandle(handle: string): string {
  return isYoutubeChannelId(handle) ? handle : `@${handle}`;
}

/** A creator's page heading: its handle, or its display name where the handle is a channel ID (the ID when there is no name). */
export function creatorHeading(c: { handle: string; displayName: string | null }): string {
  return isYoutubeChannelId(c.handle) && c.displayName?.trim() ? c.displayName.trim() : formatHandle(c.handle);
}
