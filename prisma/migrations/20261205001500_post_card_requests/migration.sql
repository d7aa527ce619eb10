-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "cardRequestedAt" TIMESTAMPTZ(3);
