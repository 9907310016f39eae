-- AlterTable
ALTER TABLE "CompiledReport" ADD COLUMN     "publicationId" UUID;

-- CreateTable
CREATE TABLE "Publication" (
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "addendum" INTEGER NOT NULL DEFAULT 0,
    "corrigendum" INTEGER NOT NULL DEFAULT 0,
    "languages" "Language"[],
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" UUID,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishedReply" (
    "id" UUID NOT NULL,
    "publicationId" UUID NOT NULL,
    "entityCode" TEXT NOT NULL,
    "originalLanguage" "Language" NOT NULL,
    "receivedOn" DATE NOT NULL,
    "decision" "Decision" NOT NULL,
    "attachmentId" UUID,

    CONSTRAINT "PublishedReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishedReplyText" (
    "publishedReplyId" UUID NOT NULL,
    "language" "Language" NOT NULL,
    "body" TEXT NOT NULL,
    "summary" TEXT,

    CONSTRAINT "PublishedReplyText_pkey" PRIMARY KEY ("publishedReplyId","language")
);

-- CreateIndex
CREATE UNIQUE INDEX "Publication_cycleId_addendum_corrigendum_key" ON "Publication"("cycleId", "addendum", "corrigendum");

-- CreateIndex
CREATE UNIQUE INDEX "PublishedReply_publicationId_entityCode_key" ON "PublishedReply"("publicationId", "entityCode");

-- AddForeignKey
ALTER TABLE "CompiledReport" ADD CONSTRAINT "CompiledReport_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedReply" ADD CONSTRAINT "PublishedReply_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedReply" ADD CONSTRAINT "PublishedReply_entityCode_fkey" FOREIGN KEY ("entityCode") REFERENCES "Entity"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedReplyText" ADD CONSTRAINT "PublishedReplyText_publishedReplyId_fkey" FOREIGN KEY ("publishedReplyId") REFERENCES "PublishedReply"("id") ON DELETE CASCADE ON UPDATE CASCADE;
