import { DEMO_PASSWORD } from '../../../prisma/demo/accounts';
export { QUESTION_REFS } from '../../../lib/assessments/question-bank';
import { HttpVisitor } from './http-client';
import { withClient } from './postgres-cluster';

export const TRUST = '/t/southmoor';
const EDITOR_EMAIL = 'lead.southmoor@demo.fairboard.test';
export const EXPORTER_EMAIL = 'admin.southmoor@demo.fairboard.test';

export async function signedIn(origin: string, email = EDITOR_EMAIL): Promise<HttpVisitor> {
  const visitor = new HttpVisitor(origin);
  await visitor.signIn(email, DEMO_PASSWORD);
  return visitor;
}

/**
 * This year's Southmoor assessment as a draft, started through the app's own form when the demo
 * data has none (it holds only approved past years). Returns its page's path.
 */
export async function currentDraftAssessment(visitor: HttpVisitor, databaseUrl: string): Promise<string> {
  const existing = await withClient(databaseUrl, (client) =>
    client.query<{ id: string }>(
      `SELECT a.id FROM "Assessment" a JOIN "Trust" t ON t.id = a."trustId" WHERE t.slug = 'southmoor' AND a.status = 'draft' ORDER BY a."financialYear" DESC LIMIT 1`,
    ),
  );
  if (existing.rows[0]) return `${TRUST}/assessments/${existing.rows[0].id}`;
  const started = await visitor.postForm(`${TRUST}/assessments`, await visitor.formOn(`${TRUST}/assessments`, 'Start the'));
  if (started.status !== 303 || !started.location) throw new Error(`Starting this year's assessment answered ${started.status}`);
  return new URL(started.location, visitor.origin).pathname;
}

/** One answer saved through the question page's form, as a browser without JavaScript would. */
export async function saveAnswer(visitor: HttpVisitor, assessmentPath: string, ref: string, note: string): Promise<'saved' | 'conflict' | string> {
  const path = `${assessmentPath}/questions/${ref}`;
  const fields = await visitor.formOn(path, 'Save and continue');
  return postAnswer(visitor, path, fields, note);
}

export async function postAnswer(visitor: HttpVisitor, path: string, fields: Record<string, string>, note: string): Promise<'saved' | 'conflict' | string> {
  const reply = await visitor.postForm(path, { ...fields, value: 'yes', evidenceNote: note, evidenceLinks: '', intent: 'save' });
  if (reply.status === 303) return 'saved';
  if (reply.status === 200 && reply.html.includes('while you were working on it')) return 'conflict';
  return `status ${reply.status}`;
}
