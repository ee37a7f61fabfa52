-- A category that matches no niche is kept as the creator's own label (issue 20).
ALTER TABLE "Creator" ADD COLUMN "categoryLabel" TEXT;
