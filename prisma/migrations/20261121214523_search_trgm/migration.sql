-- CreateExtension (not declared in schema.prisma: Prisma does not manage it, so no drift)
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Creator_handle_trgm_idx" ON "Creator" USING GIN ("handle" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Creator_displayName_trgm_idx" ON "Creator" USING GIN ("displayName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Creator_bio_trgm_idx" ON "Creator" USING GIN ("bio" gin_trgm_ops);
