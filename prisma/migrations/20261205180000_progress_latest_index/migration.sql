-- Each objective's latest progress update (lib/objectives/objective-rows.ts, latestUpdates): one
-- index probe per objective, newest first, instead of reading all of an objective's updates.
-- Leads with "trustId", as every tenant index does (row-level security and the distribution column).
CREATE INDEX "ProgressUpdate_trustId_objectiveId_date_entryNumber_idx" ON "ProgressUpdate" ("trustId", "objectiveId", "date" DESC, "entryNumber" DESC);
-- It serves everything the old (trustId, objectiveId, date) index did, read in either direction.
DROP INDEX "ProgressUpdate_trustId_objectiveId_date_idx";
