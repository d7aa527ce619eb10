-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "firstComment" TEXT,
ADD COLUMN     "parts" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "PublicationStep" (
    "publicationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "attempt" INTEGER NOT NULL,
    "remoteId" TEXT NOT NULL,
    "remoteUrl" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicationStep_pkey" PRIMARY KEY ("publicationId","kind","index")
);

-- AddForeignKey
ALTER TABLE "PublicationStep" ADD CONSTRAINT "PublicationStep_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;
