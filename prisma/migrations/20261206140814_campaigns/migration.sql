-- CreateEnum
CREATE TYPE "CampaignGoal" AS ENUM ('awareness', 'engagement', 'conversions');

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "budget" DECIMAL(14,2) NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "goal" "CampaignGoal" NOT NULL,
    "shortlistId" TEXT,
    "source" TEXT NOT NULL,
    "plan" JSONB,
    "shareWithClient" BOOLEAN NOT NULL DEFAULT false,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignCreator" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "creatorId" TEXT,
    "platform" "Platform" NOT NULL,
    "handle" TEXT NOT NULL,
    "fee" DECIMAL(12,2),
    "feeEstimated" BOOLEAN NOT NULL DEFAULT false,
    "deliverables" JSONB NOT NULL DEFAULT '[]',
    "followersAtLaunch" INTEGER,
    "tierAtLaunch" "Tier",
    "predictedReach" INTEGER,
    "predictedEngagements" DOUBLE PRECISION,
    "predictedCpe" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignCreator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignPost" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "campaignCreatorId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "postedAt" TIMESTAMP(3),
    "format" TEXT,
    "caption" TEXT,
    "views" BIGINT,
    "likes" BIGINT,
    "comments" BIGINT,
    "shares" BIGINT,
    "saves" BIGINT,
    "linkClicks" BIGINT,
    "conversions" BIGINT,
    "revenue" DECIMAL(14,2),
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CampaignPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignPostSnapshot" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source" TEXT NOT NULL,
    "views" BIGINT,
    "likes" BIGINT,
    "comments" BIGINT,
    "shares" BIGINT,
    "saves" BIGINT,
    "linkClicks" BIGINT,
    "conversions" BIGINT,
    "revenue" DECIMAL(14,2),

    CONSTRAINT "CampaignPostSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmvRate" (
    "id" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "metric" TEXT NOT NULL,
    "usd" DECIMAL(12,6) NOT NULL,
    "source" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmvRate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Campaign_organizationId_idx" ON "Campaign"("organizationId");

-- CreateIndex
CREATE INDEX "Campaign_shortlistId_idx" ON "Campaign"("shortlistId");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_organizationId_name_key" ON "Campaign"("organizationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignCreator_campaignId_creatorId_key" ON "CampaignCreator"("campaignId", "creatorId");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignCreator_campaignId_platform_handle_key" ON "CampaignCreator"("campaignId", "platform", "handle");

-- CreateIndex
CREATE INDEX "CampaignPost_campaignCreatorId_idx" ON "CampaignPost"("campaignCreatorId");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignPost_campaignId_url_key" ON "CampaignPost"("campaignId", "url");

-- CreateIndex
CREATE INDEX "CampaignPostSnapshot_postId_recordedAt_idx" ON "CampaignPostSnapshot"("postId", "recordedAt");

-- CreateIndex
CREATE UNIQUE INDEX "EmvRate_platform_metric_key" ON "EmvRate"("platform", "metric");

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_shortlistId_fkey" FOREIGN KEY ("shortlistId") REFERENCES "Shortlist"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignCreator" ADD CONSTRAINT "CampaignCreator_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignCreator" ADD CONSTRAINT "CampaignCreator_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "Creator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignPost" ADD CONSTRAINT "CampaignPost_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignPost" ADD CONSTRAINT "CampaignPost_campaignCreatorId_fkey" FOREIGN KEY ("campaignCreatorId") REFERENCES "CampaignCreator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignPostSnapshot" ADD CONSTRAINT "CampaignPostSnapshot_postId_fkey" FOREIGN KEY ("postId") REFERENCES "CampaignPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The EMV rate card every installation starts with (admins edit it): the Ayzenberg Earned Media
-- Value Index as quoted by SocialToaster (https://socialtoaster.com/?p=32725), the same values for
-- every platform until an admin sets the platform's own (docs/campaigns.md "EMV", the same values as
-- lib/domain/campaigns/emv.ts DEFAULT_EMV_CARD).
INSERT INTO "EmvRate" ("id", "platform", "metric", "usd", "source", "updatedAt")
SELECT 'emv_' || p.platform || '_' || m.metric, p.platform::"Platform", m.metric, m.usd,
       'Ayzenberg Earned Media Value Index, as quoted by SocialToaster (https://socialtoaster.com/?p=32725)', now()
FROM (VALUES ('instagram'), ('tiktok'), ('youtube'), ('x'), ('twitch'), ('other')) AS p(platform)
CROSS JOIN (VALUES ('views', 0.00907), ('likes', 0.60), ('comments', 2.87), ('shares', 1.88), ('linkClicks', 1.58)) AS m(metric, usd)
ON CONFLICT DO NOTHING;
