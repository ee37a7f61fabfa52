// Campaign results (docs/campaigns.md): pure figures, disclosure check, chart series, EMV card.
export * from "./types";
export { postEngagements, postEmv, ratio } from "./post";
export { checkDisclosure, captionHashtags, DISCLOSURE_TAGS, DISCLOSURE_PHRASES, type DisclosureVerdict } from "./disclosure";
export { emptySums, creatorSums, addSums, type Sums, type Known } from "./sums";
export { figuresOf, type Figures } from "./figures";
export { buildReport, postRow, TIER_KEYS, type TierKey, type PostRow, type CreatorReport, type TierReport, type CampaignReport } from "./report";
export { engagementTimeline, actualVsPredicted, wantsLogScale, type TimelinePoint, type CreatorBar } from "./series";
export { DEFAULT_EMV_CARD, EMV_SOURCE, EMV_METRICS } from "./emv";
export { cleanPostInput, readMetric, readDate, normalisePostUrl, handleFromUrl, MAX_COUNT, MAX_REVENUE, type PostInputFields, type CleanPost, type PostInputResult } from "./post-input";
export { launchCreator, postsPlanned, campaignGoalForPlan, planCampaignBody, type LaunchCreator, type Deliverable } from "./launch";
export { reportRows, REPORT_HEADERS } from "./export";
export { FIGURES, formatFigure, figureText, type FigureKey } from "./labels";
export { tierOutcomes, CALIBRATION_THRESHOLD, type TierOutcome } from "./outcomes";
export { readFee, readDeliverables, deliverablesText, dealChanges, MAX_FEE, type DealChange } from "./deal";
export { calibrationOffer, calibratePool, type CalibrationOffer, type CalibrationRow, type CalibrationFactor, type CalibrationScope } from "./calibration";
