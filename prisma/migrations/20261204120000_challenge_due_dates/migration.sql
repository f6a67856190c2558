-- A challenge carries the date its response is due, and remembers which version of it the
-- answerer was last e-mailed about (the reminders job announces each raise and further question once).
ALTER TABLE "Challenge" ADD COLUMN "responseDueDate" DATE;
ALTER TABLE "Challenge" ADD COLUMN "noticeVersion" INTEGER;

-- Overdue challenges are read by trust and status, then due date (the board summary and homes).
CREATE INDEX "Challenge_trustId_status_responseDueDate_idx" ON "Challenge"("trustId", "status", "responseDueDate");

ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_noticeVersion_range"
  CHECK ("noticeVersion" IS NULL OR ("noticeVersion" >= 1 AND "noticeVersion" <= "version"));
