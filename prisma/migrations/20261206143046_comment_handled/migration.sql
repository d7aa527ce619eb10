-- AlterTable
ALTER TABLE "SocialComment" ADD COLUMN     "handledAt" TIMESTAMPTZ(3),
ADD COLUMN     "handledBy" TEXT;
