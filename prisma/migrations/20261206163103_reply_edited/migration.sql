-- AlterTable
ALTER TABLE "CommentReply" ADD COLUMN     "editedAt" TIMESTAMPTZ(3),
ADD COLUMN     "editedBy" TEXT;
