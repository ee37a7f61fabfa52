// Shared vocabulary of the product. The string values match the Prisma enums one to one,
// so rows read from the database can be passed to domain functions without mapping.

export const PLATFORMS = ["instagram", "tiktok", "youtube", "x", "twitch", "other"] as const;
export type Platform = (typeof PLATFORMS)[number];

export const TIERS = ["nano", "micro", "mid", "macro", "mega"] as const;
export type Tier = (typeof TIERS)[number];

/** How a stored engagement rate was obtained. */
export const ENGAGEMENT_METHODS = ["followers", "views", "imported"] as const;
export type EngagementMethod = (typeof ENGAGEMENT_METHODS)[number];

export const ENGAGEMENT_BANDS = ["low", "average", "high", "very_high"] as const;
export type EngagementBand = (typeof ENGAGEMENT_BANDS)[number];

/** Platforms where views are the primary reach metric (engagement can also be measured by views). */
export const VIDEO_PLATFORMS: readonly Platform[] = ["youtube", "tiktok", "twitch"];
