-- Written by hand (see docs/database.md).
-- A publication stores its JSON at once and its other formats when first rendered (by a reader or by the
-- job queued at publication): two processes rendering the same format at the same moment store it once.
CREATE UNIQUE INDEX "CompiledReport_published_format_key" ON "CompiledReport"("publicationId", "language", "format") WHERE "publicationId" IS NOT NULL;
