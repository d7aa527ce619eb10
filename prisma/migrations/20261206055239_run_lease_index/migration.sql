-- CreateIndex
CREATE INDEX "OrchestratorRun_status_leaseUntil_idx" ON "OrchestratorRun"("status", "leaseUntil");
