-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "createdByLabel" TEXT;

-- AlterTable
ALTER TABLE "InstanceSettings" ADD COLUMN     "updatedBy" TEXT;

-- AlterTable
ALTER TABLE "MappingPreset" ADD COLUMN     "savedBy" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- Imports started before this migration: the user's name and email where known, else the CLI
-- (the only path that recorded no user).
UPDATE "ImportJob" i SET "createdByLabel" = COALESCE(u.name || ' <' || u.email || '>', u.email)
  FROM "User" u WHERE i."createdById" = u.id AND i."createdByLabel" IS NULL;
UPDATE "ImportJob" SET "createdByLabel" = 'command line' WHERE "createdById" IS NULL AND "createdByLabel" IS NULL;
