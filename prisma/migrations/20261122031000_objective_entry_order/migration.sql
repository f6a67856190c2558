-- AlterTable
ALTER TABLE "ProgressUpdate" ADD COLUMN     "entryNumber" BIGSERIAL NOT NULL;

-- AlterTable
ALTER TABLE "ObjectiveOwnerChange" ADD COLUMN     "entryNumber" BIGSERIAL NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- Hand-written from here. Progress updates and owner changes read in the order they were entered
-- when their dates or times are equal (two updates for one day, two changes in one instant), so
-- the objective's current status and its owner timeline never depend on how ties happen to fall.
-- ---------------------------------------------------------------------------------------------
GRANT USAGE ON SEQUENCE "ProgressUpdate_entryNumber_seq", "ObjectiveOwnerChange_entryNumber_seq" TO fairboard_app;
