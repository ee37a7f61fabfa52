// The EMV rate card Scout is seeded with (admins edit it; docs/campaigns.md "EMV"). Values from the
// Ayzenberg Earned Media Value Index as quoted by SocialToaster ("What Is Earned Media Value?",
// https://socialtoaster.com/?p=32725): value per 1,000 impressions $9.07, per click $1.58, per
// favourite (like) $0.60, per reply (comment) $2.87, per share $1.88. The index publishes values per
// platform; the one list we could read in full is this one, so it seeds every platform alike until an
// admin sets each platform's own. Views are valued as impressions ($9.07 per 1,000). Saves and
// conversions have no index value and are not counted. Pure.
import { PLATFORMS } from "../types";
import type { EmvRateCard, PostCount } from "./types";

export const EMV_SOURCE = "Ayzenberg Earned Media Value Index, as quoted by SocialToaster (https://socialtoaster.com/?p=32725)";
export const EMV_METRICS: readonly PostCount[] = ["views", "likes", "comments", "shares", "linkClicks"];

const BASE: Partial<Record<PostCount, number>> = { views: 9.07 / 1000, likes: 0.6, comments: 2.87, shares: 1.88, linkClicks: 1.58 };

export const DEFAULT_EMV_CARD: EmvRateCard = Object.freeze(Object.fromEntries(PLATFORMS.map((p) => [p, { ...BASE }]))) as EmvRateCard;
