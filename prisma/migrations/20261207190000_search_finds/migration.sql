-- The texts and keywords the search found lately, found again when a process reads its catalog (issue 17).
-- CreateTable
CREATE TABLE "SearchFind" (
    "kind" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "foundAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchFind_pkey" PRIMARY KEY ("kind","term")
);

-- CreateIndex
CREATE INDEX "SearchFind_foundAt_idx" ON "SearchFind"("foundAt");
