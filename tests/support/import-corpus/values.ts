// Seeded value generators for the import corpus: handles by each platform's rules, names, numbers
// in the styles of different tools and locales, countries, categories, prices, statistics.
import type { Platform } from "@/lib/domain/types";
import { createRng } from "@/prisma/seed/random";

export type Rng = () => number;

/** The seed's PRNG (mulberry32): the same sequence for the same seed on every machine. */
export function rng(seed: number): Rng {
  return createRng(seed).next;
}

export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const FIRST = ["Ana", "Ben", "Chloé", "Diego", "Emma", "Fatima", "Gabriel", "Hana", "Igor", "Júlia", "Kenji", "Lea", "Mateo", "Nour", "Olga", "Pedro", "Quinn", "Rosa", "Sven", "Tomás", "Uma", "Yuki", "Zoe", "민준", "さくら"];
const LAST = ["Ruiz", "Okafor", "Müller", "Silva", "Dubois", "Kim", "Tanaka", "Rossi", "Novak", "Haddad", "Jensen", "Costa", "Nguyen", "García", "Smith"];
const WORDS = ["daily", "vibes", "eats", "travels", "fit", "style", "games", "beauty", "lab", "studio", "world", "diaries", "official", "tv", "life"];
export const CATEGORIES = ["Beauty", "Fashion", "Fitness & Gym", "Food & Cooking", "Travel", "Gaming", "Music", "Sports", "Comedy", "Education", "Lifestyle", "Tech", "Family & Parenting", "Pets"];
export const COUNTRIES = ["United States", "Brazil", "Germany", "Spain", "France", "Mexico", "Japan", "South Korea", "India", "Indonesia", "United Kingdom", "Italy", "Portugal", "Canada"];
export const COUNTRY_CODES = ["US", "BR", "DE", "ES", "FR", "MX", "JP", "KR", "IN", "ID", "GB", "IT", "PT", "CA"];

/** A display name: one or two words, sometimes with an emoji, as people write them. */
export function displayName(r: Rng): string {
  const n = `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const x = r();
  return x < 0.1 ? `${n} ✨` : x < 0.2 ? `${pick(r, FIRST)} | ${pick(r, WORDS)}` : n;
}

/** A handle that obeys `platform`'s rules; `i` keeps it unique. */
export function handle(r: Rng, platform: Platform, i: number): string {
  const base = `${pick(r, FIRST)}${pick(r, ["", "_", "."])}${pick(r, WORDS)}`.normalize("NFD").replace(/[^\x00-\x7f]/g, "").replace(/[^A-Za-z0-9_.]/g, "");
  const sep = platform === "x" || platform === "twitch" ? "_" : pick(r, ["_", ".", ""]);
  let h = `${base.replace(/\./g, platform === "x" || platform === "twitch" ? "_" : ".")}${sep}${i}`;
  if (platform === "x") h = h.slice(-15);
  if (platform === "twitch" && h.length < 4) h = `${h}tv_${i}`;
  h = h.replace(/^[._]+/, "a").replace(/\.+$/, "").replace(/\.\./g, ".");
  return platform === "youtube" || platform === "x" ? h : h.toLowerCase();
}

export function profileUrl(platform: Platform, h: string): string {
  switch (platform) {
    case "instagram": return `https://www.instagram.com/${h}/`;
    case "tiktok": return `https://www.tiktok.com/@${h}`;
    case "youtube": return `https://www.youtube.com/@${h}`;
    case "x": return `https://x.com/${h}`;
    case "twitch": return `https://www.twitch.tv/${h}`;
    default: return `https://example.org/${h}`;
  }
}

/** A follower-like count, log-uniform between 1K and 20M. */
export const bigCount = (r: Rng, lo = 1_000, hi = 20_000_000) => Math.round(Math.exp(Math.log(lo) + r() * (Math.log(hi) - Math.log(lo))));

export type NumberStyle = "plain" | "en" | "compact" | "de" | "fr" | "compactComma";

/** A count written the way a given tool or locale writes it. */
export function styled(n: number, style: NumberStyle): string {
  switch (style) {
    case "plain": return String(n);
    case "en": return n.toLocaleString("en-US");
    case "de": return n.toLocaleString("de-DE");
    case "fr": return n.toLocaleString("fr-FR").replace(/\u202f/g, " ");
    case "compact": return n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}K` : String(n);
    case "compactComma": return n >= 1e6 ? `${(n / 1e6).toFixed(1).replace(".", ",")}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1).replace(".", ",")}K` : String(n);
  }
}

export function percent(r: Rng, style: "pct" | "fraction" | "pctComma"): string {
  const v = 0.3 + r() * 9;
  return style === "pct" ? `${v.toFixed(2)}%` : style === "pctComma" ? `${v.toFixed(2).replace(".", ",")} %` : (v / 100).toFixed(4);
}

export function price(r: Rng, style: "usd" | "eur" | "plain" | "brl"): string {
  const v = int(r, 8, 400) * 25;
  return style === "usd" ? `$${v.toLocaleString("en-US")}` : style === "eur" ? `${v.toLocaleString("de-DE")} €` : style === "brl" ? `R$ ${v.toLocaleString("pt-BR")}` : String(v);
}

export function bio(r: Rng): string {
  return `${pick(r, ["Sharing my", "Creator of", "Daily", "Your favourite"])} ${pick(r, CATEGORIES).toLowerCase()} ${pick(r, ["content", "videos", "tips and recipes", "adventures", "reviews and tutorials"])} from ${pick(r, COUNTRIES)}. Business enquiries by e-mail.`;
}

const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** A YouTube channel ID as YouTube issues them: "UC" and 16 random bytes in URL-safe base64 (22 characters, the last one A, Q, g or w). */
export function channelId(r: Rng): string {
  let s = "UC";
  for (let k = 0; k < 21; k++) s += pick(r, [...B64URL]);
  return s + pick(r, ["A", "Q", "g", "w"]);
}

/** Category words in other languages and scripts, none of them a word of Scout's niche list. */
export const FOREIGN_GENRES = ["먹방", "브이로그", "게임 실황", "요리", "여행", "実況", "料理", "旅行", "Кулинария", "Путешествия", "อาหาร", "ท่องเที่ยว"];
