// Display labels shared by server and client components.
export const PLATFORM_LABEL: Record<string, string> = {
  instagram: "Instagram", tiktok: "TikTok", youtube: "YouTube", x: "X", twitch: "Twitch", other: "Other",
};

export const FILTER_LABEL: Record<string, string> = {
  q: "search text", niche: "niche", country: "country", language: "language", tier: "tier", platform: "platform",
  band: "engagement band", minEr: "minimum engagement", maxEr: "maximum engagement", minFollowers: "minimum followers",
  maxFollowers: "maximum followers", minAuthenticity: "minimum authenticity", maxPrice: "maximum price", hasEmail: "contact email",
  freshDays: "metrics freshness",
};
