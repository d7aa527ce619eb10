-- CreateEnum
CREATE TYPE "ReplyState" AS ENUM ('sending', 'sent', 'failed', 'unknown');

-- CreateTable
CREATE TABLE "CommentReply" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "commentId" TEXT NOT NULL,
    "clientKey" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "state" "ReplyState" NOT NULL,
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "leaseUntil" TIMESTAMPTZ(3) NOT NULL,
    "remoteId" TEXT,
    "lastError" TEXT,
    "raw" TEXT,
    "authorId" TEXT,
    "authorLabel" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommentReply_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CommentReply_workspaceId_idx" ON "CommentReply"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "CommentReply_commentId_clientKey_key" ON "CommentReply"("commentId", "clientKey");

-- AddForeignKey
ALTER TABLE "CommentReply" ADD CONSTRAINT "CommentReply_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "SocialComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
