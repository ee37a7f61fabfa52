-- CreateEnum
CREATE TYPE "ClientDecision" AS ENUM ('approved', 'rejected');

-- AlterEnum: the workflow statuses (candidate, contacted, negotiating, approved, booked, rejected)
BEGIN;
CREATE TYPE "ShortlistStatus_new" AS ENUM ('candidate', 'contacted', 'negotiating', 'approved', 'booked', 'rejected');
ALTER TABLE "public"."ShortlistItem" ALTER COLUMN "status" DROP DEFAULT;
-- "declined" is now "rejected", every other status keeps its name.
ALTER TABLE "ShortlistItem" ALTER COLUMN "status" TYPE "ShortlistStatus_new" USING ((CASE WHEN "status"::text = 'declined' THEN 'rejected' ELSE "status"::text END)::"ShortlistStatus_new");
ALTER TYPE "ShortlistStatus" RENAME TO "ShortlistStatus_old";
ALTER TYPE "ShortlistStatus_new" RENAME TO "ShortlistStatus";
DROP TYPE "public"."ShortlistStatus_old";
ALTER TABLE "ShortlistItem" ALTER COLUMN "status" SET DEFAULT 'candidate';
COMMIT;

-- AlterTable
ALTER TABLE "Shortlist" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "briefId" TEXT;

-- AlterTable
ALTER TABLE "ShortlistItem" ADD COLUMN     "agreedPrice" DECIMAL(12,2),
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "ShortlistActivity" (
    "id" TEXT NOT NULL,
    "shortlistId" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "creatorId" TEXT,
    "kind" TEXT NOT NULL,
    "detail" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShortlistActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShareLink" (
    "id" TEXT NOT NULL,
    "shortlistId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "label" TEXT,
    "columns" TEXT[],
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "ShareLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShareDecision" (
    "id" TEXT NOT NULL,
    "shareLinkId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "decision" "ClientDecision" NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShareDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ShortlistActivity_shortlistId_createdAt_idx" ON "ShortlistActivity"("shortlistId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ShareLink_tokenHash_key" ON "ShareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ShareLink_shortlistId_idx" ON "ShareLink"("shortlistId");

-- CreateIndex
CREATE INDEX "ShareDecision_itemId_idx" ON "ShareDecision"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "ShareDecision_shareLinkId_itemId_key" ON "ShareDecision"("shareLinkId", "itemId");

-- AddForeignKey
ALTER TABLE "Shortlist" ADD CONSTRAINT "Shortlist_briefId_fkey" FOREIGN KEY ("briefId") REFERENCES "BrandBrief"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShortlistActivity" ADD CONSTRAINT "ShortlistActivity_shortlistId_fkey" FOREIGN KEY ("shortlistId") REFERENCES "Shortlist"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShortlistActivity" ADD CONSTRAINT "ShortlistActivity_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_shortlistId_fkey" FOREIGN KEY ("shortlistId") REFERENCES "Shortlist"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareDecision" ADD CONSTRAINT "ShareDecision_shareLinkId_fkey" FOREIGN KEY ("shareLinkId") REFERENCES "ShareLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareDecision" ADD CONSTRAINT "ShareDecision_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ShortlistItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
