-- AlterTable
ALTER TABLE "Brand" ADD COLUMN     "audienceName" TEXT;
