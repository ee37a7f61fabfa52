// What a header claims: whole-word matching of a field's vocabulary against a header's words, in
// any of the languages in vocabulary.ts. "channel" inside "channelling" or "rate" inside "Ratecard
// 2024 notes" never count; "rate" in "Engagement rate" counts for the rate, not the price.
import type { FieldId } from "./schema";
import { AVERAGE_FIELDS, AVG_WORDS, HEADER_WORDS, PLATFORM_HEADER_WORDS, RANK_WORDS, TOTAL_WORDS } from "./vocabulary";

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u1100-\u11ff]/u;

function fold(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC").toLowerCase();
}

/** English plurals fold onto the singular so "follower" and "Followers" are one word. */
function stem(w: string): string {
  return w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
}

const BRANDS = /tiktok|youtube|linkedin|onlyfans|snapchat|facebook|instagram|twitch|twitter/gi;

/** "avgLikes", "60_day_eng_rate", "Audience country(mostly)", "#Followers" -> words, folded and stemmed. */
export function headerWords(header: string): string[] {
  // Brand names written in camelCase stay one word ("TikTok", "YouTube" are no "tik tok", "you tube").
  const split = header.replace(BRANDS, (m) => m.toLowerCase()).replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Za-z])([0-9])|([0-9])([A-Za-z])/g, "$1$3 $2$4");
  return fold(split).replace(/%/g, " % ").replace(/ø/g, " ø ").split(/[^\p{L}\p{N}%ø]+/u).filter(Boolean).map(stem);
}

type Term = { words: string[]; prefix: boolean; cjk: string | null };

const compileTerm = (t: string): Term => {
  const prefix = t.endsWith("*");
  const body = prefix ? t.slice(0, -1) : t;
  return { words: headerWords(body), prefix, cjk: CJK.test(body) ? body.replace(/\s+/g, "") : null };
};

const compiled = new Map<string, Term>();
const term = (t: string) => compiled.get(t) ?? (compiled.set(t, compileTerm(t)), compiled.get(t)!);

/** How many header words the term covers (0 = no match). */
function termMatch(t: Term, words: string[], compact: string): number {
  if (t.cjk) return compact.includes(t.cjk) ? Math.max(1, Math.round((t.cjk.length / Math.max(compact.length, 1)) * words.length)) : 0;
  const n = t.words.length;
  if (!n) return 0;
  for (let i = 0; i + n <= words.length; i++) {
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const w = words[i + k]!;
      const want = t.words[k]!;
      ok = t.prefix && k === n - 1 ? w.startsWith(want) : w === want;
    }
    if (ok) return n;
  }
  return 0;
}

const hasAny = (list: readonly string[], words: string[], compact: string) => list.some((x) => termMatch(term(x), words, compact) > 0);

/** `denied`: a word in the header says the column is something else, so content alone may not claim it either. */
export type HeaderClaim = { score: number; why: string | null; denied?: boolean };

/**
 * How strongly `header` names `field`, 0-1: a strong term that is the whole header scores 1, one
 * word among several less; weak terms score at most 0.55. A word that says "something else"
 * (a rank, a growth, a share, a rate for the price) makes it 0.
 */
export function headerClaim(field: FieldId, header: string): HeaderClaim {
  const words = headerWords(header);
  const compact = fold(header).replace(/\s+/g, "");
  if (!words.length && !compact) return { score: 0, why: null };
  const spec = HEADER_WORDS[field];
  if (spec.not && hasAny(spec.not, words, compact)) return { score: 0, why: null, denied: true };
  if (field !== "niche" && field !== "niche2" && hasAny(RANK_WORDS, words, compact)) return { score: 0, why: null, denied: true };
  let best = 0;
  for (const [list, strength] of [[spec.strong, 1], [spec.weak ?? [], 0.55]] as const) {
    for (const t of list) {
      const covered = termMatch(term(t), words, compact);
      if (!covered) continue;
      const s = strength * (0.7 + 0.3 * Math.min(1, covered / Math.max(words.length, 1)));
      if (s > best) best = s;
    }
  }
  if (!best) return { score: 0, why: null };
  if ((AVERAGE_FIELDS as readonly FieldId[]).includes(field)) {
    // "Total likes" beside "Avg likes": the total is another column, not this field.
    if (hasAny(AVG_WORDS, words, compact)) best = Math.min(1, best + 0.15);
    else if (hasAny(TOTAL_WORDS, words, compact)) return { score: 0, why: null };
    else best *= 0.8;
  }
  const strength = best >= 0.9 ? "names" : best >= 0.6 ? "suggests" : "may mean";
  return { score: Math.min(1, best), why: `the header “${header}” ${strength} ${field === "handle" ? "a handle" : "this field"}` };
}

/** True when the header names a platform column ("Platform", "Red social", "プラットフォーム"). */
export function isPlatformHeader(header: string): boolean {
  const words = headerWords(header);
  const compact = fold(header).replace(/\s+/g, "");
  return PLATFORM_HEADER_WORDS.some((t) => {
    const c = termMatch(term(t), words, compact);
    return c > 0 && c >= words.length - 1;
  });
}

type NamedPlatform = "instagram" | "tiktok" | "youtube" | "x" | "twitch";

// A platform's own name outranks a word that only hints at one ("Abonnenten" are on every platform).
const NAMED: [string, NamedPlatform][] = [
  ["instagram", "instagram"], ["insta", "instagram"], ["ig", "instagram"], ["tiktok", "tiktok"], ["tik tok", "tiktok"], ["tiktoker", "tiktok"],
  ["youtube", "youtube"], ["youtuber", "youtube"], ["twitch", "twitch"], ["twitter", "x"], ["tweet*", "x"], ["retweet*", "x"],
];
const HINTS: [string, NamedPlatform][] = [["subscriber*", "youtube"], ["suscriptor*", "youtube"], ["inscrito*", "youtube"], ["abonnent*", "youtube"], ["구독자", "youtube"], ["登録者", "youtube"], ["streamer", "twitch"]];

/** The one platform a header names by name ("instagram_username", "TikTok followers"), or null. */
export function platformOfHeader(header: string): NamedPlatform | null {
  const words = headerWords(header);
  const compact = fold(header).replace(/\s+/g, "");
  const found = new Set(NAMED.filter(([cue]) => termMatch(term(cue), words, compact)).map(([, p]) => p));
  return found.size === 1 ? [...found][0]! : null;
}

/** A platform the headers themselves name ("IG handle", "TikTok username", "Subscribers"), if only one. */
export function platformFromHeaders(headers: readonly string[]): { platform: NamedPlatform; word: string } | null {
  const scan = (cues: typeof NAMED) => {
    const found = new Map<string, string>();
    for (const h of headers) {
      const words = headerWords(h);
      const compact = fold(h).replace(/\s+/g, "");
      for (const [cue, p] of cues) if (termMatch(term(cue), words, compact)) found.set(p, found.get(p) ?? h);
    }
    return found;
  };
  let found = scan(NAMED);
  if (!found.size) found = scan(HINTS);
  if (found.size !== 1) return null;
  const [[platform, word]] = [...found.entries()] as [[NamedPlatform, string]];
  return { platform, word };
}
