-- Creators missing a score component (engagement, authenticity or cost): the "score-bound" search
-- strategy (lib/search/score-bound.ts) looks them up apart, because their brief score can sit
-- anywhere between their base score and their fit. Partial, so it holds only those creators.
-- CreateIndex
CREATE INDEX "Creator_incompleteScore_idx" ON "Creator"("baseScore") WHERE ("engagementScore" IS NULL OR "authenticityScore" IS NULL OR "costScore" IS NULL);
