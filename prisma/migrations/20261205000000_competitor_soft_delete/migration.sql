-- AlterTable
ALTER TABLE "CompetitorAccount" ADD COLUMN     "removedAt" TIMESTAMPTZ(3);
