import { bulkInsert } from '../../lib/db/bulk-insert';
import type { Tx } from '../../lib/db/with-tenant';
import { OBJECTIVE_STATUSES } from '../../lib/objectives/status';
import type { ScaleTrustRows } from './build-trust';

/** Row counts by table, for the generator's summary. */
export type ScaleCounts = Record<string, number>;

/**
 * Writes one built trust with one INSERT per table (lib/db/bulk-insert.ts), parents first. Objectives go in not
 * started and take their final status after their progress updates, because the database refuses
 * an update to an objective that is already complete. The audit triggers record every row.
 */
export async function insertScaleTrust(tx: Tx, rows: ScaleTrustRows): Promise<ScaleCounts> {
  await bulkInsert(tx, 'Trust', [rows.trust]);
  await bulkInsert(tx, 'User', rows.users);
  await bulkInsert(tx, 'Membership', rows.memberships);
  await bulkInsert(tx, 'BoardMember', rows.boardMembers);
  await bulkInsert(tx, 'Assessment', rows.assessments);
  await bulkInsert(tx, 'AssessmentAnswer', rows.answers);
  await bulkInsert(
    tx,
    'Objective',
    rows.objectives.map((objective) => ({ ...objective, currentStatus: 'not_started' })),
  );
  await bulkInsert(tx, 'ObjectiveOwnerChange', rows.ownerChanges);
  await bulkInsert(tx, 'ProgressUpdate', rows.progressUpdates);
  for (const status of OBJECTIVE_STATUSES.filter((candidate) => candidate !== 'not_started')) {
    const ids = rows.objectives.filter((objective) => objective.currentStatus === status).map((objective) => objective.id);
    if (ids.length > 0) await tx.objective.updateMany({ where: { trustId: rows.trust.id, id: { in: ids } }, data: { currentStatus: status } });
  }
  await bulkInsert(tx, 'Challenge', rows.challenges);
  await bulkInsert(tx, 'ChallengeMessage', rows.challengeMessages);
  await bulkInsert(tx, 'AssuranceJudgement', rows.judgements);
  await bulkInsert(tx, 'Indicator', rows.indicators);
  await bulkInsert(tx, 'IndicatorUpload', rows.indicatorUploads);
  await bulkInsert(tx, 'IndicatorValue', rows.indicatorValues);
  return {
    Trust: 1,
    User: rows.users.length,
    Membership: rows.memberships.length,
    BoardMember: rows.boardMembers.length,
    Assessment: rows.assessments.length,
    AssessmentAnswer: rows.answers.length,
    Objective: rows.objectives.length,
    ObjectiveOwnerChange: rows.ownerChanges.length,
    ProgressUpdate: rows.progressUpdates.length,
    Challenge: rows.challenges.length,
    ChallengeMessage: rows.challengeMessages.length,
    AssuranceJudgement: rows.judgements.length,
    Indicator: rows.indicators.length,
    IndicatorUpload: rows.indicatorUploads.length,
    IndicatorValue: rows.indicatorValues.length,
  };
}
