-- CreateEnum
CREATE TYPE "Sentiment" AS ENUM ('positive', 'neutral', 'negative');

-- AlterEnum
ALTER TYPE "ScheduledJob" ADD VALUE 'competitors';

-- CreateTable
CREATE TABLE "SocialComment" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "remoteId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "sentiment" "Sentiment" NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "labelledBy" TEXT NOT NULL DEFAULT 'lexicon',
    "url" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "collectedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SocialComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetitorAccount" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "handle" TEXT NOT NULL,
    "remoteId" TEXT,
    "displayName" TEXT,
    "lastCollectedAt" TIMESTAMPTZ(3),
    "nextCollectAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompetitorAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetitorPost" (
    "id" TEXT NOT NULL,
    "competitorId" TEXT NOT NULL,
    "remoteId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "url" TEXT,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "reactions" INTEGER NOT NULL,
    "comments" INTEGER NOT NULL,
    "shares" INTEGER NOT NULL,
    "collectedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CompetitorPost_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SocialComment_brandId_createdAt_idx" ON "SocialComment"("brandId", "createdAt");

-- CreateIndex
CREATE INDEX "SocialComment_createdAt_idx" ON "SocialComment"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SocialComment_postId_remoteId_key" ON "SocialComment"("postId", "remoteId");

-- CreateIndex
CREATE INDEX "CompetitorAccount_workspaceId_idx" ON "CompetitorAccount"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "CompetitorAccount_brandId_platform_handle_key" ON "CompetitorAccount"("brandId", "platform", "handle");

-- CreateIndex
CREATE INDEX "CompetitorPost_competitorId_publishedAt_idx" ON "CompetitorPost"("competitorId", "publishedAt");

-- CreateIndex
CREATE INDEX "CompetitorPost_publishedAt_idx" ON "CompetitorPost"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CompetitorPost_competitorId_remoteId_key" ON "CompetitorPost"("competitorId", "remoteId");

-- AddForeignKey
ALTER TABLE "SocialComment" ADD CONSTRAINT "SocialComment_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialComment" ADD CONSTRAINT "SocialComment_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitorAccount" ADD CONSTRAINT "CompetitorAccount_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitorPost" ADD CONSTRAINT "CompetitorPost_competitorId_fkey" FOREIGN KEY ("competitorId") REFERENCES "CompetitorAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;
