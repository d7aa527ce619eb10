-- CreateIndex
CREATE INDEX "Publication_state_date_idx" ON "Publication"("state", "date");
