-- DropIndex
DROP INDEX "Post_status_scheduledAt_idx";

-- DropIndex
DROP INDEX "Publication_state_date_idx";

-- CreateIndex
CREATE INDEX "Post_scheduledAt_idx" ON "Post"("scheduledAt");

-- Free space on each page lets a publication's state changes and a post's status change stay on their
-- page (HOT updates: no index writes). Only pages written from now on keep it.
ALTER TABLE "Publication" SET (fillfactor = 70);
ALTER TABLE "Post" SET (fillfactor = 80);
