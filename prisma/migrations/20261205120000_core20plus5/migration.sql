-- Core20PLUS5 (lib/trusts/core20plus5.ts): the share of the trust's population in the most
-- deprived fifth nationally (Core20), the groups it has defined locally (PLUS), and which of the
-- clinical areas (five for adults, five for children and young people) its work addresses.

-- AlterTable
ALTER TABLE "Trust" ADD COLUMN "core20Share" DOUBLE PRECISION,
ADD COLUMN "plusGroups" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "clinicalAreas" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

-- ---------------------------------------------------------------------------------------------
-- Hand-written: integrity rules. "Trust" already has row-level security, its grants and its audit
-- trigger (foundation migration); new columns inherit them. lib/trusts/core20plus5-schemas.ts says
-- the same things politely first.
ALTER TABLE "Trust" ADD CONSTRAINT "Trust_core20Share_percentage"
  CHECK ("core20Share" IS NULL OR ("core20Share" >= 0 AND "core20Share" <= 100));
ALTER TABLE "Trust" ADD CONSTRAINT "Trust_plusGroups_bounded"
  CHECK (cardinality("plusGroups") <= 20 AND array_position("plusGroups", NULL) IS NULL);
-- lib/trusts/core20plus5-options.ts CLINICAL_AREA_IDS.
ALTER TABLE "Trust" ADD CONSTRAINT "Trust_clinicalAreas_known"
  CHECK ("clinicalAreas" <@ ARRAY['adult-maternity', 'adult-severe-mental-illness', 'adult-chronic-respiratory', 'adult-early-cancer', 'adult-hypertension',
    'cyp-asthma', 'cyp-diabetes', 'cyp-epilepsy', 'cyp-oral-health', 'cyp-mental-health']::TEXT[]);
