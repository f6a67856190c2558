import { withClient } from './postgres-cluster';

/** What the clients were told about each write: accepted, a reported conflict, or failed. */
export type WriteOutcome = { ref: string; note: string; outcome: 'saved' | 'conflict' | 'failed' };

type StoredAnswer = { ref: string; version: number; note: string; audited: number; auditedNotes: string[] };

async function storedAnswers(databaseUrl: string, assessmentId: string): Promise<Map<string, StoredAnswer>> {
  const { rows } = await withClient(databaseUrl, (client) =>
    client.query<{ ref: string; version: number; note: string; audited: string; notes: string[] | null }>(
      `SELECT a."questionRef" AS ref, a.version, a."evidenceNote" AS note,
              (SELECT count(*) FROM "AuditEvent" e WHERE e."tableName" = 'AssessmentAnswer' AND e."rowId" = a.id::text AND e.action IN ('insert', 'update')) AS audited,
              (SELECT array_agg(e.changes->'evidenceNote'->>'new' ORDER BY e.id) FROM "AuditEvent" e
                WHERE e."tableName" = 'AssessmentAnswer' AND e."rowId" = a.id::text AND e.changes ? 'evidenceNote') AS notes
         FROM "AssessmentAnswer" a WHERE a."assessmentId" = $1`,
      [assessmentId],
    ),
  );
  return new Map(
    rows.map((row) => [row.ref, { ref: row.ref, version: row.version, note: row.note, audited: Number(row.audited), auditedNotes: row.notes ?? [] }]),
  );
}

/**
 * Compares what the clients were told with what the database holds: every accepted write is in
 * the audit trail, each answer's version equals its audited writes (no write without its audit
 * row, none half applied), and the stored note is the last write the database accepted.
 */
export async function verifyAnswers(
  databaseUrl: string,
  assessmentId: string,
  writes: WriteOutcome[],
): Promise<{ problems: string[]; accepted: number; failedButStored: number }> {
  const stored = await storedAnswers(databaseUrl, assessmentId);
  const problems: string[] = [];
  let failedButStored = 0;
  for (const ref of new Set(writes.map((write) => write.ref))) {
    const answer = stored.get(ref);
    if (!answer) {
      problems.push(`question ${ref}: no stored answer`);
      continue;
    }
    const mine = writes.filter((write) => write.ref === ref);
    for (const write of mine) {
      const inTrail = answer.auditedNotes.includes(write.note);
      if (write.outcome === 'saved' && !inTrail) problems.push(`question ${ref}: accepted write "${write.note}" is not in the audit trail`);
      if (write.outcome === 'conflict' && inTrail) problems.push(`question ${ref}: write "${write.note}" was reported as a conflict but was stored`);
      if (write.outcome === 'failed' && inTrail) failedButStored += 1;
    }
    if (answer.version !== answer.audited) problems.push(`question ${ref}: version ${answer.version} but ${answer.audited} audited writes`);
    const lastStored = answer.auditedNotes.at(-1);
    if (lastStored !== undefined && answer.note !== lastStored)
      problems.push(`question ${ref}: stored note "${answer.note}" is not the last audited one "${lastStored}"`);
  }
  return { problems, accepted: writes.filter((write) => write.outcome === 'saved').length, failedButStored };
}
