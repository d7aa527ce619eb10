-- AlterTable
ALTER TABLE "CommentReply" ADD COLUMN     "deletedAt" TIMESTAMPTZ(3),
ADD COLUMN     "deletedBy" TEXT;
