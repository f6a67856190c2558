import { describe, expect, it } from 'vitest';
import * as paths from '@/lib/routes/paths';

const slug = 'northfield';
const id = 'c0ffee00-0000-4000-8000-000000000001';

describe('the route map: every address the app builds', () => {
  it('addresses outside any trust', () => {
    expect(paths.trustsPath()).toBe('/trusts');
    expect(paths.accountPath()).toBe('/account');
    expect(paths.accessibilityPath()).toBe('/accessibility');
    expect(paths.sessionApiPath()).toBe('/api/session');
    expect(paths.invitationPath('abc_DEF-123')).toBe('/invitations/abc_DEF-123');
    expect(paths.signInPath()).toBe('/sign-in');
    expect(paths.signInPath({ 'signed-out': '1' })).toBe('/sign-in?signed-out=1');
    expect(paths.signInPath({ callbackUrl: '/invitations/abc' })).toBe('/sign-in?callbackUrl=%2Finvitations%2Fabc');
    // The flags come first whatever order they are given in, as the links always had them.
    expect(paths.signInPath({ callbackUrl: '/invitations/abc', accepted: '1' })).toBe('/sign-in?accepted=1&callbackUrl=%2Finvitations%2Fabc');
    expect(paths.signInPath({ 'timed-out': 'kept', callbackUrl: '/t/x/objectives?year=2025' })).toBe(
      '/sign-in?timed-out=kept&callbackUrl=%2Ft%2Fx%2Fobjectives%3Fyear%3D2025',
    );
  });

  it('an e-mail link joins the origin and the path with one slash', () => {
    expect(paths.absoluteUrl('https://fairboard.example', paths.objectivesPath(slug))).toBe('https://fairboard.example/t/northfield/objectives');
    expect(paths.absoluteUrl('https://fairboard.example/', paths.challengePath(slug, id))).toBe(
      `https://fairboard.example/t/northfield/review/challenges/${id}`,
    );
  });

  it('a trust, its governance, data export and people', () => {
    expect(paths.trustPath(slug)).toBe('/t/northfield');
    expect(paths.governancePath(slug)).toBe('/t/northfield/governance');
    expect(paths.governancePath(slug, { saved: 1 })).toBe('/t/northfield/governance?saved=1');
    expect(paths.dataExportPath(slug)).toBe('/t/northfield/data-export');
    expect(paths.dataExportDownloadPath(slug)).toBe('/t/northfield/data-export/download');
    expect(paths.peoplePath(slug)).toBe('/t/northfield/people');
    expect(paths.peoplePath(slug, { updated: 'board-member' })).toBe('/t/northfield/people?updated=board-member');
    expect(paths.invitePath(slug)).toBe('/t/northfield/people/invite');
    expect(paths.memberPath(slug, id)).toBe(`/t/northfield/people/members/${id}`);
    expect(paths.memberPath(slug, id, { updated: 'unlocked' })).toBe(`/t/northfield/people/members/${id}?updated=unlocked`);
    expect(paths.boardMemberPath(slug, id)).toBe(`/t/northfield/people/board/${id}`);
    expect(paths.newBoardMemberPath(slug)).toBe('/t/northfield/people/board/new');
  });

  it('the self-assessment', () => {
    const base = `/t/northfield/assessments/${id}`;
    expect(paths.assessmentsPath(slug)).toBe('/t/northfield/assessments');
    expect(paths.assessmentImportPath(slug)).toBe('/t/northfield/assessments/import');
    expect(paths.assessmentImportPath(slug, { method: 'answers' })).toBe('/t/northfield/assessments/import?method=answers');
    expect(paths.assessmentPath(slug, id)).toBe(base);
    expect(paths.assessmentPath(slug, id, { done: 'submitted' })).toBe(`${base}?done=submitted`);
    expect(paths.assessmentPath(slug, id, {}, 'domain-3')).toBe(`${base}#domain-3`);
    expect(paths.assessmentQuestionPath(slug, id, '2.1')).toBe(`${base}/questions/2.1`);
    expect(paths.assessmentQuestionPath(slug, id, '2.1', 'check')).toBe(`${base}/questions/2.1?return=check`);
    expect(paths.assessmentCheckPath(slug, id)).toBe(`${base}/check`);
    expect(paths.assessmentResultsPath(slug, id)).toBe(`${base}/results`);
    expect(paths.assessmentResultsPath(slug, id, { done: 'imported' })).toBe(`${base}/results?done=imported`);
  });

  it('objectives', () => {
    const base = '/t/northfield/objectives';
    expect(paths.objectivesPath(slug)).toBe(base);
    expect(paths.objectivePath(slug, id)).toBe(`${base}/${id}`);
    expect(paths.objectivePath(slug, id, { saved: 'change-requested' })).toBe(`${base}/${id}?saved=change-requested`);
    expect(paths.objectivePath(slug, id, {}, 'acceptance')).toBe(`${base}/${id}#acceptance`);
    expect(paths.editObjectivePath(slug, id)).toBe(`${base}/${id}/edit`);
    expect(paths.editObjectivePath(slug, id, { agree: 'refused' })).toBe(`${base}/${id}/edit?agree=refused`);
    expect(paths.newObjectivePath(slug)).toBe(`${base}/new`);
    expect(paths.newObjectivePath(slug, { ref: '3.4', source: 'catalogue' })).toBe(`${base}/new?ref=3.4&source=catalogue`);
    expect(paths.myObjectivesPath(slug)).toBe(`${base}/mine`);
    expect(paths.objectiveCataloguePath(slug)).toBe(`${base}/catalogue`);
    expect(paths.objectiveSuggestionsPath(slug)).toBe(`${base}/suggestions`);
    expect(paths.carryForwardPath(slug)).toBe(`${base}/carry-forward`);
    expect(paths.objectivesOutboxPath(slug)).toBe(`${base}/outbox`);
    expect(paths.ownerStatementPath(slug, id)).toBe(`${base}/owners/${id}`);
    expect(paths.ownerStatementPath(slug, id, 2025)).toBe(`${base}/owners/${id}?year=2025`);
    expect(paths.objectivesCsvPath(slug)).toBe(`${base}/export`);
    expect(paths.objectivesCsvPath(slug, 2026)).toBe(`${base}/export?year=2026`);
  });

  it('the board review', () => {
    const base = '/t/northfield/review';
    expect(paths.reviewPath(slug)).toBe(base);
    expect(paths.comparePath(slug)).toBe(`${base}/compare`);
    expect(paths.comparePath(slug, { yearA: 2024, yearB: 2025 })).toBe(`${base}/compare?yearA=2024&yearB=2025`);
    expect(paths.reviewSummaryPath(slug)).toBe(`${base}/summary`);
    expect(paths.challengesPath(slug)).toBe(`${base}/challenges`);
    expect(paths.challengesPath(slug, 2025)).toBe(`${base}/challenges?year=2025`);
    expect(paths.challengePath(slug, id)).toBe(`${base}/challenges/${id}`);
    expect(paths.challengePath(slug, id, 'responded')).toBe(`${base}/challenges/${id}?done=responded`);
    expect(paths.challengePath(slug, id, '')).toBe(`${base}/challenges/${id}`);
    expect(paths.newChallengePath(slug)).toBe(`${base}/challenges/new`);
    expect(paths.newChallengePath(slug, { targetKind: 'objective', objectiveId: id })).toBe(`${base}/challenges/new?targetKind=objective&objectiveId=${id}`);
    expect(paths.newChallengePath(slug, { targetKind: 'answer', assessmentId: id, questionRef: '1.2' })).toBe(
      `${base}/challenges/new?targetKind=answer&assessmentId=${id}&questionRef=1.2`,
    );
    expect(paths.newChallengePath(slug, { targetKind: 'domain', assessmentId: id, domain: 4 })).toBe(
      `${base}/challenges/new?targetKind=domain&assessmentId=${id}&domain=4`,
    );
    expect(paths.assurancePath(slug)).toBe(`${base}/assurance`);
    expect(paths.assurancePath(slug, 2025)).toBe(`${base}/assurance?year=2025`);
    expect(paths.assurancePath(slug, 2025, 3)).toBe(`${base}/assurance?year=2025&saved=3`);
    expect(paths.assurancePath(slug, undefined, 0)).toBe(`${base}/assurance?saved=0`);
    expect(paths.judgementPath(slug, 2025, 2)).toBe(`${base}/assurance/2025/2`);
    expect(paths.peersPath(slug)).toBe(`${base}/peers`);
    expect(paths.peersPath(slug, 2024)).toBe(`${base}/peers?year=2024`);
  });

  it('the annual report', () => {
    const base = '/t/northfield/reports';
    expect(paths.reportsPath(slug)).toBe(base);
    expect(paths.reportsPath(slug, 2025)).toBe(`${base}?year=2025`);
    expect(paths.narrativePath(slug, 2025, 'foreword')).toBe(`${base}/2025/narratives/foreword`);
    expect(paths.narrativePath(slug, 2025, 'foreword', { saved: 'approved' })).toBe(`${base}/2025/narratives/foreword?saved=approved`);
    expect(paths.reportExportFormPath(slug)).toBe(`${base}/export`);
    expect(paths.reportExportFormPath(slug, 2025)).toBe(`${base}/export?year=2025`);
    expect(paths.reportExportsPath(slug)).toBe(`${base}/exports`);
    expect(paths.reportExportPath(slug, id)).toBe(`${base}/exports/${id}`);
    expect(paths.reportExportDownloadPath(slug, id)).toBe(`${base}/exports/${id}/download`);
  });

  it('indicators and their "data in" pages', () => {
    const base = '/t/northfield/indicators';
    expect(paths.indicatorsPath(slug)).toBe(base);
    expect(paths.indicatorPath(slug, 'smoking-at-delivery')).toBe(`${base}/smoking-at-delivery`);
    expect(paths.indicatorPath(slug, 'smoking-at-delivery', { breakdown: 'imd', period: '2024/25' })).toBe(
      `${base}/smoking-at-delivery?breakdown=imd&period=2024%2F25`,
    );
    expect(paths.indicatorUploadPath(slug)).toBe(`${base}/upload`);
    expect(paths.indicatorEntryPath(slug)).toBe(`${base}/enter`);
    expect(paths.indicatorHistoryPath(slug)).toBe(`${base}/history`);
    expect(paths.indicatorHistoryPath(slug, { indicator: id, period: '2024' })).toBe(`${base}/history?indicator=${id}&period=2024#earlier-versions`);
    expect(paths.indicatorCataloguePath(slug)).toBe(`${base}/catalogue`);
    expect(paths.indicatorCataloguePath(slug, { added: 'local-1' })).toBe(`${base}/catalogue?added=local-1`);
    expect(paths.newLocalIndicatorPath(slug)).toBe(`${base}/catalogue/new`);
    expect(paths.core20plus5Path(slug)).toBe(`${base}/core20plus5`);
    expect(paths.core20plus5Path(slug, { saved: 1 })).toBe(`${base}/core20plus5?saved=1`);
    expect(paths.indicatorTemplatePath()).toBe('/templates/indicator-figures-template.csv');
  });

  it('encodes what a person could have typed, so it stays inside its path segment or query value', () => {
    expect(paths.trustPath('a/b')).toBe('/t/a%2Fb');
    expect(paths.invitationPath('to/ken?x=1#y')).toBe('/invitations/to%2Fken%3Fx%3D1%23y');
    expect(paths.indicatorPath(slug, 'a b/c')).toBe('/t/northfield/indicators/a%20b%2Fc');
    expect(paths.assessmentQuestionPath(slug, id, '../x')).toBe(`/t/northfield/assessments/${id}/questions/..%2Fx`);
    expect(paths.indicatorCataloguePath(slug, { added: 'a&b=c' })).toBe('/t/northfield/indicators/catalogue?added=a%26b%3Dc');
    expect(paths.newObjectivePath(slug, { ref: '1 & 2', source: 'suggestion' })).toBe('/t/northfield/objectives/new?ref=1+%26+2&source=suggestion');
  });
});
