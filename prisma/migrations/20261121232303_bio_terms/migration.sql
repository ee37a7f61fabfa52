-- AlterTable
ALTER TABLE "Creator" ADD COLUMN     "bioTerms" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Hand-written. "bioTerms" holds the words of plain(bio) (lib/domain/fit.ts: NFKD accent folding
-- of common Latin letters, lower case, runs of anything but [a-z0-9#@] as one separator), the words
-- a brief keyword is matched against. A keyword is a whole word of plain(bio) exactly when
-- bioTerms contains it, so the GIN index below can find the creators a brief's keywords reach.
-- The expression is lib/search/sql.ts plainSql() split on its spaces (the translate() tables are
-- ACCENTED and PLAIN_ASCII there). tests/integration/search-sql.test.ts compares it with the TS side.
-- Kept by triggers, so every writer (importer, seed, tests, Prisma) gets it without setting it.
-- Note: no semicolons inside comments or bodies (the engine splits on them, bodies use \073).
CREATE OR REPLACE FUNCTION scout_bio_terms(bio text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT string_to_array(btrim(regexp_replace(translate(lower(coalesce(bio, '')), 'àáâãäåāăąèéêëēĕėęěìíîïĩīĭįòóôõöøōŏőùúûüũūŭůűųýÿçćĉċčñńņňśŝşšźżžďđğĝľĺłŕřţťŧ', 'aaaaaaaaaeeeeeeeeeiiiiiiiioooooøooouuuuuuuuuuyycccccnnnnsssszzzdđggllłrrttŧ'), '[^a-z0-9#@]+', ' ', 'g')), ' ')
$$;

CREATE OR REPLACE FUNCTION scout_creator_bio_terms() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN NEW."bioTerms" := scout_bio_terms(NEW."bio")\073 RETURN NEW\073 END';

-- On insert always, on update only when the bio (or a write to bioTerms itself) changes it: a
-- re-import that rewrites an unchanged bio does not pay for the split.
CREATE TRIGGER "Creator_bioTerms_insert"
BEFORE INSERT ON "Creator"
FOR EACH ROW EXECUTE FUNCTION scout_creator_bio_terms();

CREATE TRIGGER "Creator_bioTerms_update"
BEFORE UPDATE OF "bio", "bioTerms" ON "Creator"
FOR EACH ROW WHEN (NEW."bio" IS DISTINCT FROM OLD."bio" OR NEW."bioTerms" IS DISTINCT FROM OLD."bioTerms")
EXECUTE FUNCTION scout_creator_bio_terms();

UPDATE "Creator" SET "bioTerms" = scout_bio_terms("bio");

-- CreateIndex
CREATE INDEX "Creator_bioTerms_idx" ON "Creator" USING GIN ("bioTerms");
