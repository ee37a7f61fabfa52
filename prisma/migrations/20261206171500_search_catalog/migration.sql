-- Hand-written. The search catalog (lib/queries/search/catalog-sync.ts) holds every creator's filter
-- and sort values in memory and brings itself up to date before each search by reading only what
-- changed. "searchXid" is the transaction that last wrote the row (txid_current(), set by a trigger
-- on every insert and update, so every writer sets it without knowing). A reader that took the
-- snapshot S reads next the rows whose writer began after S (searchXid >= xmax of S) or was still
-- running at S (searchXid among the running ids of S): exactly the rows it has not seen, in any
-- commit order. Existing rows get 0: the first full read sees them.
-- Deletes and truncates are rare (test clean-ups, a reset demo) and are not tracked row by row:
-- they bump "SearchCatalogEpoch", and a reader that sees a new epoch reads the catalog again.
-- Note: no semicolons inside comments or bodies (the engine splits on them, bodies use \073).
ALTER TABLE "Creator" ADD COLUMN "searchXid" BIGINT NOT NULL DEFAULT 0;

CREATE OR REPLACE FUNCTION scout_search_xid() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN NEW."searchXid" := txid_current()\073 RETURN NEW\073 END';

CREATE TRIGGER "Creator_searchXid"
BEFORE INSERT OR UPDATE ON "Creator"
FOR EACH ROW EXECUTE FUNCTION scout_search_xid();

CREATE INDEX "Creator_searchXid_idx" ON "Creator"("searchXid");

CREATE TABLE "SearchCatalogEpoch" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "epoch" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "SearchCatalogEpoch_pkey" PRIMARY KEY ("id")
);
INSERT INTO "SearchCatalogEpoch" ("id", "epoch") VALUES (1, 0);

CREATE OR REPLACE FUNCTION scout_search_epoch() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN INSERT INTO "SearchCatalogEpoch" ("id", "epoch") VALUES (1, 1) ON CONFLICT ("id") DO UPDATE SET "epoch" = "SearchCatalogEpoch"."epoch" + 1\073 RETURN NULL\073 END';

CREATE TRIGGER "Creator_searchEpoch_delete"
AFTER DELETE ON "Creator"
FOR EACH STATEMENT EXECUTE FUNCTION scout_search_epoch();

CREATE TRIGGER "Creator_searchEpoch_truncate"
AFTER TRUNCATE ON "Creator"
FOR EACH STATEMENT EXECUTE FUNCTION scout_search_epoch();

-- The cost component's prior per creator (scout_cost_prior = lib/domain/cost.ts costPriorScore), stored
-- by the base-score trigger that already computes it: the search's score reads it (score-sql.ts) and
-- the catalog loads it, where calling the function cost 22 us a row (22 s per million).
ALTER TABLE "Creator" ADD COLUMN "costPrior" DOUBLE PRECISION;

CREATE OR REPLACE FUNCTION scout_creator_base_score() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN NEW."costPrior" := scout_cost_prior(NEW."platform"::text, NEW."tier"::text, NEW."followers", NEW."priceLow", NEW."priceHigh")\073 NEW."baseScore" := scout_base_score(NEW."engagementScore", NEW."authenticityScore", NEW."costScore", NEW."costPrior")\073 NEW."baseConfidence" := scout_base_confidence(NEW."engagementScore", NEW."authenticityScore", NEW."costScore")\073 RETURN NEW\073 END';

DROP TRIGGER "Creator_baseScore" ON "Creator";
CREATE TRIGGER "Creator_baseScore"
BEFORE INSERT OR UPDATE OF "engagementScore", "authenticityScore", "costScore", "baseScore", "baseConfidence", "costPrior", "followers", "platform", "tier", "priceLow", "priceHigh" ON "Creator"
FOR EACH ROW EXECUTE FUNCTION scout_creator_base_score();

UPDATE "Creator" SET "costPrior" = NULL;
