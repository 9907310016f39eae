-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "email" TEXT;
