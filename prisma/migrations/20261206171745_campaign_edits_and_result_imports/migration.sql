-- AlterTable
ALTER TABLE "CampaignCreator" ADD COLUMN     "feeAtLaunch" DECIMAL(12,2),
ADD COLUMN     "postsPlannedAtLaunch" INTEGER;

-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "campaignId" TEXT,
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'creators';

-- CreateTable
CREATE TABLE "CampaignCreatorChange" (
    "id" TEXT NOT NULL,
    "campaignCreatorId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "changedById" TEXT,
    "changedByLabel" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignCreatorChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CampaignCreatorChange_campaignCreatorId_changedAt_idx" ON "CampaignCreatorChange"("campaignCreatorId", "changedAt");

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignCreatorChange" ADD CONSTRAINT "CampaignCreatorChange_campaignCreatorId_fkey" FOREIGN KEY ("campaignCreatorId") REFERENCES "CampaignCreator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Campaigns booked before this migration: their launch fee and posts planned are the current ones
-- (nothing could edit them until now).
UPDATE "CampaignCreator" cc SET "feeAtLaunch" = cc."fee",
  "postsPlannedAtLaunch" = COALESCE((SELECT SUM(GREATEST(FLOOR((d->>'count')::numeric), 0))::int FROM jsonb_array_elements(CASE WHEN jsonb_typeof(cc."deliverables") = 'array' THEN cc."deliverables" ELSE '[]'::jsonb END) d WHERE jsonb_typeof(d->'count') = 'number'), 0);
