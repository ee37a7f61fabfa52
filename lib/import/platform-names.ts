// A platform written in a cell ("IG", "Tik Tok", "youtube.com") -> the platform. Below both the mapper
// (which profiles columns of platform names) and normalisation (which reads a row's platform).
import type { Platform } from "@/lib/domain/types";

const PLATFORM_ALIASES: Record<string, Platform> = {
  ig: "instagram", insta: "instagram", instagram: "instagram", yt: "youtube", youtube: "youtube", tiktok: "tiktok", tt: "tiktok",
  "tik tok": "tiktok", x: "x", twitter: "x", twitch: "twitch", other: "other",
};

export function parsePlatform(raw: string): Platform | null {
  const k = raw.trim().toLowerCase().replace(/\.com$/, "");
  // Own keys only: "constructor" or "__proto__" must not read Object.prototype.
  return Object.hasOwn(PLATFORM_ALIASES, k) ? PLATFORM_ALIASES[k]! : null;
}
