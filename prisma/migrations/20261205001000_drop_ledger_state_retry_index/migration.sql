-- DropIndex
DROP INDEX "Publication_state_nextAttemptAt_idx";
