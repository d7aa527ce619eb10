-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "titleText" JSONB;
