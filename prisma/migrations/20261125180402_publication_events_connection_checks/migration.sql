-- AlterEnum
ALTER TYPE "ScheduledJob" ADD VALUE 'connections';

-- AlterTable
ALTER TABLE "ChannelConnection" ADD COLUMN     "expiryWarnedFor" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "PublicationEvent" (
    "id" TEXT NOT NULL,
    "publicationId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PublicationEvent_createdAt_idx" ON "PublicationEvent"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PublicationEvent_publicationId_attempt_type_key" ON "PublicationEvent"("publicationId", "attempt", "type");

-- AddForeignKey
ALTER TABLE "PublicationEvent" ADD CONSTRAINT "PublicationEvent_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;
