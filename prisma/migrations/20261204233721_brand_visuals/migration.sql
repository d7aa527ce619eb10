-- AlterTable
ALTER TABLE "Brand" ADD COLUMN     "accentColor" TEXT,
ADD COLUMN     "logoMediaId" TEXT,
ADD COLUMN     "primaryColor" TEXT;
