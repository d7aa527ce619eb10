-- CreateEnum
CREATE TYPE "ScheduledJob" AS ENUM ('publish', 'metrics', 'retention', 'outbox');

-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL,
    "job" "ScheduledJob" NOT NULL,
    "source" TEXT NOT NULL,
    "tick" TIMESTAMPTZ(3) NOT NULL,
    "lockKey" TEXT,
    "host" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "summary" JSONB,
    "error" TEXT,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_lockKey_key" ON "JobRun"("lockKey");

-- CreateIndex
CREATE INDEX "JobRun_job_startedAt_idx" ON "JobRun"("job", "startedAt");
