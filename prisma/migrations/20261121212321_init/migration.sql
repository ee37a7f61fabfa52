-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'AGENCY', 'MARKETER');

-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('instagram', 'tiktok', 'youtube', 'x', 'twitch', 'other');

-- CreateEnum
CREATE TYPE "Tier" AS ENUM ('nano', 'micro', 'mid', 'macro', 'mega');

-- CreateEnum
CREATE TYPE "EngagementMethod" AS ENUM ('followers', 'views', 'imported');

-- CreateEnum
CREATE TYPE "PriceSource" AS ENUM ('imported', 'estimate');

-- CreateEnum
CREATE TYPE "ShortlistStatus" AS ENUM ('candidate', 'contacted', 'negotiating', 'booked', 'declined');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('uploaded', 'previewed', 'queued', 'running', 'completed', 'failed', 'cancelled');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'MARKETER',
    "organizationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Creator" (
    "id" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "handle" TEXT NOT NULL,
    "displayName" TEXT,
    "bio" TEXT,
    "profileUrl" TEXT,
    "avatarUrl" TEXT,
    "country" TEXT,
    "language" TEXT,
    "niches" TEXT[],
    "followers" INTEGER NOT NULL,
    "following" INTEGER,
    "posts" INTEGER,
    "avgLikes" INTEGER,
    "avgComments" INTEGER,
    "avgViews" INTEGER,
    "avgShares" INTEGER,
    "engagementRate" DOUBLE PRECISION,
    "engagementMethod" "EngagementMethod",
    "engagementRateByViews" DOUBLE PRECISION,
    "expectedEngagements" INTEGER,
    "engagementScore" DOUBLE PRECISION,
    "engagementRankable" BOOLEAN NOT NULL DEFAULT true,
    "tier" "Tier" NOT NULL,
    "authenticityScore" INTEGER,
    "authenticityFlags" JSONB,
    "authenticityConfidence" TEXT,
    "priceLow" DECIMAL(12,2),
    "priceHigh" DECIMAL(12,2),
    "priceCurrency" TEXT NOT NULL DEFAULT 'USD',
    "priceSource" "PriceSource" NOT NULL DEFAULT 'estimate',
    "costPerEngagement" DOUBLE PRECISION,
    "costScore" DOUBLE PRECISION,
    "followerGrowth30d" DOUBLE PRECISION,
    "contactEmail" TEXT,
    "dataSource" TEXT,
    "metricsAsOf" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Creator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreatorSnapshot" (
    "id" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "importJobId" TEXT,
    "capturedAt" TIMESTAMP(3) NOT NULL,
    "followers" INTEGER NOT NULL,
    "following" INTEGER,
    "posts" INTEGER,
    "avgLikes" INTEGER,
    "avgComments" INTEGER,
    "avgViews" INTEGER,
    "engagementRate" DOUBLE PRECISION,
    "tier" "Tier" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreatorSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shortlist" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Shortlist_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShortlistItem" (
    "id" TEXT NOT NULL,
    "shortlistId" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "note" TEXT,
    "status" "ShortlistStatus" NOT NULL DEFAULT 'candidate',
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShortlistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrandBrief" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "niches" JSONB NOT NULL,
    "keywords" TEXT[],
    "countries" TEXT[],
    "languages" TEXT[],
    "platforms" "Platform"[],
    "budget" DECIMAL(12,2),
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BrandBrief_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "createdById" TEXT,
    "fileName" TEXT NOT NULL,
    "fileHash" TEXT NOT NULL,
    "fileSize" BIGINT NOT NULL,
    "storagePath" TEXT,
    "format" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'uploaded',
    "mapping" JSONB,
    "platform" "Platform",
    "dryRun" BOOLEAN NOT NULL DEFAULT false,
    "totalRows" INTEGER,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "lastCommittedRow" INTEGER NOT NULL DEFAULT 0,
    "createdCount" INTEGER NOT NULL DEFAULT 0,
    "updatedCount" INTEGER NOT NULL DEFAULT 0,
    "unchangedCount" INTEGER NOT NULL DEFAULT 0,
    "rejectedCount" INTEGER NOT NULL DEFAULT 0,
    "byTier" JSONB,
    "error" TEXT,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRowError" (
    "id" TEXT NOT NULL,
    "importJobId" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "raw" JSONB,

    CONSTRAINT "ImportRowError_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MappingPreset" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MappingPreset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstanceSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "microMin" INTEGER NOT NULL DEFAULT 10000,
    "microMax" INTEGER NOT NULL DEFAULT 50000,
    "macroMin" INTEGER NOT NULL DEFAULT 500000,
    "macroMax" INTEGER NOT NULL DEFAULT 1000000,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InstanceSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organizationId_idx" ON "User"("organizationId");

-- CreateIndex
CREATE INDEX "Creator_tier_followers_idx" ON "Creator"("tier", "followers" DESC);

-- CreateIndex
CREATE INDEX "Creator_followers_idx" ON "Creator"("followers" DESC);

-- CreateIndex
CREATE INDEX "Creator_engagementRate_idx" ON "Creator"("engagementRate" DESC);

-- CreateIndex
CREATE INDEX "Creator_country_idx" ON "Creator"("country");

-- CreateIndex
CREATE INDEX "Creator_language_idx" ON "Creator"("language");

-- CreateIndex
CREATE INDEX "Creator_niches_idx" ON "Creator" USING GIN ("niches");

-- CreateIndex
CREATE INDEX "Creator_metricsAsOf_idx" ON "Creator"("metricsAsOf");

-- CreateIndex
CREATE UNIQUE INDEX "Creator_platform_handle_key" ON "Creator"("platform", "handle");

-- CreateIndex
CREATE INDEX "CreatorSnapshot_creatorId_capturedAt_idx" ON "CreatorSnapshot"("creatorId", "capturedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CreatorSnapshot_creatorId_importJobId_key" ON "CreatorSnapshot"("creatorId", "importJobId");

-- CreateIndex
CREATE INDEX "Shortlist_organizationId_idx" ON "Shortlist"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Shortlist_organizationId_name_key" ON "Shortlist"("organizationId", "name");

-- CreateIndex
CREATE INDEX "ShortlistItem_creatorId_idx" ON "ShortlistItem"("creatorId");

-- CreateIndex
CREATE UNIQUE INDEX "ShortlistItem_shortlistId_creatorId_key" ON "ShortlistItem"("shortlistId", "creatorId");

-- CreateIndex
CREATE INDEX "BrandBrief_organizationId_idx" ON "BrandBrief"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "BrandBrief_organizationId_name_key" ON "BrandBrief"("organizationId", "name");

-- CreateIndex
CREATE INDEX "ImportJob_createdAt_idx" ON "ImportJob"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "ImportJob_fileHash_idx" ON "ImportJob"("fileHash");

-- CreateIndex
CREATE INDEX "ImportRowError_importJobId_line_idx" ON "ImportRowError"("importJobId", "line");

-- CreateIndex
CREATE UNIQUE INDEX "MappingPreset_name_key" ON "MappingPreset"("name");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreatorSnapshot" ADD CONSTRAINT "CreatorSnapshot_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "Creator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreatorSnapshot" ADD CONSTRAINT "CreatorSnapshot_importJobId_fkey" FOREIGN KEY ("importJobId") REFERENCES "ImportJob"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shortlist" ADD CONSTRAINT "Shortlist_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShortlistItem" ADD CONSTRAINT "ShortlistItem_shortlistId_fkey" FOREIGN KEY ("shortlistId") REFERENCES "Shortlist"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShortlistItem" ADD CONSTRAINT "ShortlistItem_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "Creator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandBrief" ADD CONSTRAINT "BrandBrief_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRowError" ADD CONSTRAINT "ImportRowError_importJobId_fkey" FOREIGN KEY ("importJobId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;
