-- CreateEnum
CREATE TYPE "AlertKind" AS ENUM ('tier_drift', 'tier_change', 'follower_jump', 'engagement_drop', 'stale');

-- AlterTable
ALTER TABLE "Creator" ADD COLUMN     "engagementTrend90d" DOUBLE PRECISION,
ADD COLUMN     "followerGrowth90d" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "CreatorSnapshot" ADD COLUMN     "authenticityScore" INTEGER;

-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "asOf" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "InstanceSettings" ADD COLUMN     "alertDriftPercent" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "alertDropPercent" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "alertJumpPercent" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "staleDays" INTEGER NOT NULL DEFAULT 90;

-- CreateTable
CREATE TABLE "TierChange" (
    "id" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "fromTier" "Tier" NOT NULL,
    "toTier" "Tier" NOT NULL,
    "followers" INTEGER NOT NULL,
    "cause" TEXT NOT NULL,
    "importJobId" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TierChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "shortlistId" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "kind" "AlertKind" NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "detail" JSONB NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InsightsSummary" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "data" JSONB NOT NULL,
    "creators" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InsightsSummary_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TierChange_creatorId_changedAt_idx" ON "TierChange"("creatorId", "changedAt");

-- CreateIndex
CREATE INDEX "TierChange_createdAt_idx" ON "TierChange"("createdAt");

-- CreateIndex
CREATE INDEX "Alert_organizationId_createdAt_idx" ON "Alert"("organizationId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Alert_organizationId_readAt_idx" ON "Alert"("organizationId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_shortlistId_creatorId_kind_dedupeKey_key" ON "Alert"("shortlistId", "creatorId", "kind", "dedupeKey");

-- CreateIndex
CREATE INDEX "CreatorSnapshot_importJobId_creatorId_idx" ON "CreatorSnapshot"("importJobId", "creatorId");

-- AddForeignKey
ALTER TABLE "TierChange" ADD CONSTRAINT "TierChange_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "Creator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_shortlistId_fkey" FOREIGN KEY ("shortlistId") REFERENCES "Shortlist"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "Creator"("id") ON DELETE CASCADE ON UPDATE CASCADE;
