-- CreateTable
CREATE TABLE "ReferenceDataLoad" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "hash" TEXT NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferenceDataLoad_pkey" PRIMARY KEY ("id")
);
