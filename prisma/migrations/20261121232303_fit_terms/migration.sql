-- AlterTable
ALTER TABLE "Creator" ADD COLUMN     "fitTerms" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- DropIndex (0 scans in every search benchmark: language filters go through other indexes, and the
-- fit threshold now asks "fitTerms" for languages)
DROP INDEX "Creator_language_idx";

-- Hand-written. "fitTerms" holds what a brand brief is matched on, as keys of one GIN index: the
-- words of plain(bio) (lib/domain/fit.ts: NFKD accent folding of common Latin letters, lower case,
-- runs of anything but [a-z0-9#@] as one separator), and n:<niche>, c:<country>, l:<language>,
-- p:<platform> (a bio word never holds a colon, so the two kinds cannot collide). A keyword is a
-- whole word of plain(bio) exactly when fitTerms contains it. One GIN scan of several keys walks
-- the rarest key's postings and skips through the others, so "beauty creators in GB whose bio says
-- skincare" costs about the rare key, where a BitmapAnd of three indexes built every bitmap in full.
-- The bio part is lib/search/sql.ts plainSql() split on its spaces (the translate() tables are
-- ACCENTED and PLAIN_ASCII there). tests/integration/search-sql.test.ts compares it with the TS side.
-- Kept by triggers, so every writer (importer, seed, tests, Prisma) gets it without setting it.
-- Note: no semicolons inside comments or bodies (the engine splits on them, bodies use \073).
CREATE OR REPLACE FUNCTION scout_fit_terms(bio text, niches text[], country text, language text, platform text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT string_to_array(btrim(regexp_replace(translate(lower(coalesce(bio, '')), 'àáâãäåāăąèéêëēĕėęěìíîïĩīĭįòóôõöøōŏőùúûüũūŭůűųýÿçćĉċčñńņňśŝşšźżžďđğĝľĺłŕřţťŧ', 'aaaaaaaaaeeeeeeeeeiiiiiiiioooooøooouuuuuuuuuuyycccccnnnnsssszzzdđggllłrrttŧ'), '[^a-z0-9#@]+', ' ', 'g')), ' ')
    || ARRAY(SELECT 'n:' || n FROM unnest(niches) AS n)
    || array_remove(ARRAY['c:' || country, 'l:' || language, 'p:' || platform], NULL)
$$;

CREATE OR REPLACE FUNCTION scout_creator_fit_terms() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN NEW."fitTerms" := scout_fit_terms(NEW."bio", NEW."niches", NEW."country", NEW."language", NEW."platform"::text)\073 RETURN NEW\073 END';

-- On insert always, on update only when an input changes: a re-import that rewrites unchanged
-- values does not pay for the split.
CREATE TRIGGER "Creator_fitTerms_insert"
BEFORE INSERT ON "Creator"
FOR EACH ROW EXECUTE FUNCTION scout_creator_fit_terms();

CREATE TRIGGER "Creator_fitTerms_update"
BEFORE UPDATE OF "bio", "niches", "country", "language", "platform", "fitTerms" ON "Creator"
FOR EACH ROW WHEN (NEW."bio" IS DISTINCT FROM OLD."bio" OR NEW."niches" IS DISTINCT FROM OLD."niches" OR NEW."country" IS DISTINCT FROM OLD."country"
  OR NEW."language" IS DISTINCT FROM OLD."language" OR NEW."platform" IS DISTINCT FROM OLD."platform" OR NEW."fitTerms" IS DISTINCT FROM OLD."fitTerms")
EXECUTE FUNCTION scout_creator_fit_terms();

UPDATE "Creator" SET "fitTerms" = scout_fit_terms("bio", "niches", "country", "language", "platform"::text);

-- CreateIndex
CREATE INDEX "Creator_fitTerms_idx" ON "Creator" USING GIN ("fitTerms");
