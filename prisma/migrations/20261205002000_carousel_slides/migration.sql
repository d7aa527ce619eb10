-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "slides" TEXT[] DEFAULT ARRAY[]::TEXT[];
