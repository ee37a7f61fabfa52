-- How an import's file is read (format, encoding, delimiter, sheet, header line), decided once when
-- the file is first read and kept with the job, so that the preview, the dry run, the import and a
-- resumed import read it the same way without sniffing it again. NULL for older jobs (sniffed once
-- more on their next run, then kept).
-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "shape" JSONB;
