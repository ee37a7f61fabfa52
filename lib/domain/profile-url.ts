import { isYoutubeChannelId } from "./handles";
import type { Platform } from "./types";

/** The public profile address of a handle on its platform (null where there is no standard one). */
export function profileUrlFor(platform: Platform, handle: string): string | null {
  const h = encodeURIComponent(handle);
  switch (platform) {
    case "instagram": return `https://www.instagram.com/${h}/`;
    case "tiktok": return `https://www.tiktok.com/@${h}`;
    case "youtube": return isYoutubeChannelId(handle) ? `https://www.youtube.com/channel/${h}` : `https://www.youtube.com/@${h}`;
    case "x": return `https://x.com/${h}`;
    case "twitch": return `https://www.twitch.tv/${h}`;
    default: return null;
  }
}
