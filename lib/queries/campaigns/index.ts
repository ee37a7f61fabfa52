// Campaigns in the database: every read and write scoped to the caller's organisation.
import "server-only";
export { findCampaignOrThrow, CAMPAIGN_NOT_FOUND } from "./access";
export { createCampaign, listLaunchPool } from "./create";
export { listCampaigns, listCampaignReports, readCalibrationOffer, getCampaignReport, getSharedCampaignReports, listPostHistory, type CampaignIndexRow, type CampaignDetail } from "./read";
export { writeCampaignPosts, deleteCampaignPost, MAX_POST_ROWS, type PostRowInput, type PostRowError, type PostWriteOutcome, type PreviewRow } from "./posts";
export { updateCampaign, deleteCampaign } from "./update";
export { updateCampaignDeal, listDealChanges } from "./deal";
export { listEmvRates, readEmvCard, setEmvRate, type EmvRateRow } from "./emv";
