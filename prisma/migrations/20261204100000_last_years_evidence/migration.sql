-- Evidence carried over from last year stays visible when the answer changes, marked as last
-- year's and in need of review (set by saveAnswer, never by carrying over: a carried-over answer
-- is marked as a whole). The existing grants, row-level security policy and audit trigger on
-- "AssessmentAnswer" cover the new column.
ALTER TABLE "AssessmentAnswer" ADD COLUMN "evidenceFromLastYear" BOOLEAN NOT NULL DEFAULT false;
