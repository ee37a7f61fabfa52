-- What an import's rows say, for its summary and the dry run (issue 20).
ALTER TABLE "ImportJob" ADD COLUMN "flags" JSONB;
