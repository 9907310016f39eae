-- AlterTable
ALTER TABLE "ReplyVersion" ADD COLUMN     "attachmentId" UUID;

-- CreateIndex
CREATE INDEX "ReplyVersion_attachmentId_idx" ON "ReplyVersion"("attachmentId");

-- AddForeignKey
ALTER TABLE "ReplyVersion" ADD CONSTRAINT "ReplyVersion_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand (see docs/database.md).
-- Each submitted version names the original it was sent with: until now only its snapshot did.
UPDATE "ReplyVersion" v SET "attachmentId" = a."id" FROM "Attachment" a WHERE a."id"::text = v."snapshot"->>'attachmentId' AND v."kind" <> 'TRANSLATION';

-- Concurrent compilations of an unchanged report stored it twice: keep the first copy of each.
DELETE FROM "CompiledReport" a USING "CompiledReport" b WHERE a."publicationId" IS NULL AND b."publicationId" IS NULL AND a."cycleId" = b."cycleId" AND a."language" = b."language" AND a."format" = b."format" AND a."addendum" = b."addendum" AND a."checksum" = b."checksum" AND (a."compiledAt", a."id") > (b."compiledAt", b."id");

-- An unpublished compiled version is stored once per content, published copies belong to their publication.
CREATE UNIQUE INDEX "CompiledReport_unpublished_content_key" ON "CompiledReport"("cycleId", "language", "format", "addendum", "checksum") WHERE "publicationId" IS NULL;
