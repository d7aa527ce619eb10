-- AlterTable
ALTER TABLE "OrchestratorRun" ADD COLUMN     "leaseOwner" TEXT,
ADD COLUMN     "leaseUntil" TIMESTAMPTZ(3);
