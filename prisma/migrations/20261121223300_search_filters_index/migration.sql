-- Led by the two commonest equality filters (country, tier), then the commonest column sort
-- (followers, id). engagementRate rides along so an ER range filters inside the index: the capped
-- count and the page's ids are index-only scans (docs/performance.md, "## Search").
-- CreateIndex
CREATE INDEX "Creator_country_tier_followers_idx" ON "Creator"("country", "tier", "followers" DESC, "id", "engagementRate");
