-- AlterTable
ALTER TABLE "Reply" ADD COLUMN     "overLimit" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "summaryWords" INTEGER,
ADD COLUMN     "words" INTEGER;

-- AlterTable
ALTER TABLE "CompiledReport" ADD COLUMN     "dataVersion" TEXT;

-- CreateIndex
CREATE INDEX "CompiledReport_cycleId_dataVersion_idx" ON "CompiledReport"("cycleId", "dataVersion");
