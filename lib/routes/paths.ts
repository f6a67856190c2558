// Every address the app builds, in one place, so pages, forms, actions, redirects, revalidation and
// e-mails agree. Pure (no data access), so every layer may import it. Dynamic path segments are
// encoded: slugs and ids are URL-safe, so that changes nothing for them, but a code or token that a
// person typed cannot break out of its segment. Query strings are built with URLSearchParams.

type QueryValue = string | number | undefined;

function withQuery(path: string, query: Readonly<Record<string, QueryValue>> = {}, hash?: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`;
}

const segment = (value: string | number) => encodeURIComponent(String(value));

/** An address for an e-mail: the site's origin (with or without a trailing slash) and a path from here. */
export const absoluteUrl = (origin: string, path: string) => `${origin.replace(/\/$/, '')}${path}`;

// Outside any trust.

export const trustsPath = () => '/trusts';
export const accountPath = () => '/account';
export const accessibilityPath = () => '/accessibility';
export const sessionApiPath = () => '/api/session';
export const invitationPath = (token: string) => `/invitations/${segment(token)}`;

type SignInQuery = Readonly<{ accepted?: '1'; 'timed-out'?: '1' | 'kept'; 'signed-out'?: '1'; callbackUrl?: string }>;
/** The sign-in page; the flags say why the user is there, `callbackUrl` where they go after. */
export const signInPath = (query: SignInQuery = {}) =>
  withQuery('/sign-in', { accepted: query.accepted, 'timed-out': query['timed-out'], 'signed-out': query['signed-out'], callbackUrl: query.callbackUrl });

// A trust's own pages.

export const trustPath = (trustSlug: string) => `/t/${segment(trustSlug)}`;
export const governancePath = (trustSlug: string, query: Readonly<{ saved?: 1 }> = {}) => withQuery(`${trustPath(trustSlug)}/governance`, query);
export const dataExportPath = (trustSlug: string) => `${trustPath(trustSlug)}/data-export`;
export const dataExportDownloadPath = (trustSlug: string) => `${dataExportPath(trustSlug)}/download`;

// People.

type PeopleUpdate = 'member' | 'removed' | 'board-member';
export const peoplePath = (trustSlug: string, query: Readonly<{ updated?: PeopleUpdate }> = {}) => withQuery(`${trustPath(trustSlug)}/people`, query);
export const invitePath = (trustSlug: string) => `${peoplePath(trustSlug)}/invite`;
export const memberPath = (trustSlug: string, membershipId: string, query: Readonly<{ updated?: 'unlocked' }> = {}) =>
  withQuery(`${peoplePath(trustSlug)}/members/${segment(membershipId)}`, query);
export const boardMemberPath = (trustSlug: string, boardMemberId: string) => `${peoplePath(trustSlug)}/board/${segment(boardMemberId)}`;
export const newBoardMemberPath = (trustSlug: string) => `${peoplePath(trustSlug)}/board/new`;

// Self-assessment.

type AssessmentDone = 'submitted' | 'approved' | 'reopened';
export const assessmentsPath = (trustSlug: string) => `${trustPath(trustSlug)}/assessments`;
export const assessmentImportPath = (trustSlug: string, query: Readonly<{ method?: 'answers' }> = {}) =>
  withQuery(`${assessmentsPath(trustSlug)}/import`, query);
/** The task list; `hash` names a section on it (a domain's, or the main content). */
export const assessmentPath = (trustSlug: string, assessmentId: string, query: Readonly<{ done?: AssessmentDone }> = {}, hash?: string) =>
  withQuery(`${assessmentsPath(trustSlug)}/${segment(assessmentId)}`, query, hash);
/** One question; with `returnTo: 'check'`, saving goes back to check your answers. */
export const assessmentQuestionPath = (trustSlug: string, assessmentId: string, ref: string, returnTo?: 'check') =>
  withQuery(`${assessmentPath(trustSlug, assessmentId)}/questions/${segment(ref)}`, { return: returnTo });
export const assessmentCheckPath = (trustSlug: string, assessmentId: string) => `${assessmentPath(trustSlug, assessmentId)}/check`;
export const assessmentResultsPath = (trustSlug: string, assessmentId: string, query: Readonly<{ done?: 'imported' }> = {}) =>
  withQuery(`${assessmentPath(trustSlug, assessmentId)}/results`, query);

// Objectives.

type ObjectiveSaved = 'draft' | 'agreed' | 'progress' | 'accepted' | 'change-requested' | 'owner';
export const objectivesPath = (trustSlug: string) => `${trustPath(trustSlug)}/objectives`;
/** One objective; `hash` names a section on its page. */
export const objectivePath = (trustSlug: string, objectiveId: string, query: Readonly<{ saved?: ObjectiveSaved }> = {}, hash?: 'acceptance' | 'change-owner') =>
  withQuery(`${objectivesPath(trustSlug)}/${segment(objectiveId)}`, query, hash);
export const editObjectivePath = (trustSlug: string, objectiveId: string, query: Readonly<{ agree?: 'refused' }> = {}) =>
  withQuery(`${objectivePath(trustSlug, objectiveId)}/edit`, query);
/** The new-objective form, pre-filled from a guide objective when a reference is given. */
export const newObjectivePath = (trustSlug: string, from?: Readonly<{ ref: string; source: 'catalogue' | 'suggestion' }>) =>
  withQuery(`${objectivesPath(trustSlug)}/new`, from ? { ref: from.ref, source: from.source } : {});
export const myObjectivesPath = (trustSlug: string) => `${objectivesPath(trustSlug)}/mine`;
export const objectiveCataloguePath = (trustSlug: string) => `${objectivesPath(trustSlug)}/catalogue`;
export const objectiveSuggestionsPath = (trustSlug: string) => `${objectivesPath(trustSlug)}/suggestions`;
export const carryForwardPath = (trustSlug: string) => `${objectivesPath(trustSlug)}/carry-forward`;
export const objectivesOutboxPath = (trustSlug: string) => `${objectivesPath(trustSlug)}/outbox`;
export const ownerStatementPath = (trustSlug: string, boardMemberId: string, financialYear?: number) =>
  withQuery(`${objectivesPath(trustSlug)}/owners/${segment(boardMemberId)}`, { year: financialYear });
/** The CSV download: one financial year, or every year when none is given. */
export const objectivesCsvPath = (trustSlug: string, financialYear?: number) => withQuery(`${objectivesPath(trustSlug)}/export`, { year: financialYear });

// Board review.

export const reviewPath = (trustSlug: string) => `${trustPath(trustSlug)}/review`;
export const comparePath = (trustSlug: string, years?: Readonly<{ yearA: number; yearB: number }>) =>
  withQuery(`${reviewPath(trustSlug)}/compare`, years ? { yearA: years.yearA, yearB: years.yearB } : {});
export const reviewSummaryPath = (trustSlug: string) => `${reviewPath(trustSlug)}/summary`;
export const challengesPath = (trustSlug: string, financialYear?: number) => withQuery(`${reviewPath(trustSlug)}/challenges`, { year: financialYear });
export const challengePath = (trustSlug: string, challengeId: string, done?: string) =>
  withQuery(`${challengesPath(trustSlug)}/${segment(challengeId)}`, { done: done || undefined });

/** What a challenge is about (lib/review's ChallengeTargetInput has this shape). */
type ChallengeTarget =
  | Readonly<{ targetKind: 'answer'; assessmentId: string; questionRef: string }>
  | Readonly<{ targetKind: 'domain'; assessmentId: string; domain: number }>
  | Readonly<{ targetKind: 'objective'; objectiveId: string }>;
/** The "raise a challenge" page, straight at its last step when the target is known. */
export function newChallengePath(trustSlug: string, target?: ChallengeTarget): string {
  const path = `${challengesPath(trustSlug)}/new`;
  if (!target) return path;
  if (target.targetKind === 'objective') return withQuery(path, { targetKind: target.targetKind, objectiveId: target.objectiveId });
  if (target.targetKind === 'answer')
    return withQuery(path, { targetKind: target.targetKind, assessmentId: target.assessmentId, questionRef: target.questionRef });
  return withQuery(path, { targetKind: target.targetKind, assessmentId: target.assessmentId, domain: target.domain });
}
export const assurancePath = (trustSlug: string, financialYear?: number, saved?: number) =>
  withQuery(`${reviewPath(trustSlug)}/assurance`, { year: financialYear, saved });
export const judgementPath = (trustSlug: string, financialYear: number, domain: number) =>
  `${reviewPath(trustSlug)}/assurance/${segment(financialYear)}/${segment(domain)}`;
export const peersPath = (trustSlug: string, financialYear?: number) => withQuery(`${reviewPath(trustSlug)}/peers`, { year: financialYear });

// The annual report. Years appear in addresses as the year they start ("2025").

type NarrativeSaved = 'draft' | 'unchanged' | 'reused' | 'ready' | 'approved';
export const reportsPath = (trustSlug: string, financialYear?: number) => withQuery(`${trustPath(trustSlug)}/reports`, { year: financialYear });
export const narrativePath = (trustSlug: string, financialYear: number, section: string, query: Readonly<{ saved?: NarrativeSaved }> = {}) =>
  withQuery(`${reportsPath(trustSlug)}/${segment(financialYear)}/narratives/${segment(section)}`, query);
export const reportExportFormPath = (trustSlug: string, financialYear?: number) => withQuery(`${reportsPath(trustSlug)}/export`, { year: financialYear });
export const reportExportsPath = (trustSlug: string) => `${reportsPath(trustSlug)}/exports`;
export const reportExportPath = (trustSlug: string, exportId: string) => `${reportExportsPath(trustSlug)}/${segment(exportId)}`;
export const reportExportDownloadPath = (trustSlug: string, exportId: string) => `${reportExportPath(trustSlug, exportId)}/download`;

// Indicators: the overview, one indicator, and the "data in" pages.

export const indicatorsPath = (trustSlug: string) => `${trustPath(trustSlug)}/indicators`;
export const indicatorPath = (trustSlug: string, code: string, query: Readonly<{ breakdown?: string; period?: string }> = {}) =>
  withQuery(`${indicatorsPath(trustSlug)}/${segment(code)}`, query);
export const indicatorUploadPath = (trustSlug: string) => `${indicatorsPath(trustSlug)}/upload`;
export const indicatorEntryPath = (trustSlug: string) => `${indicatorsPath(trustSlug)}/enter`;
/** The upload history; given an indicator and period, it opens at that figure's earlier versions. */
export const indicatorHistoryPath = (trustSlug: string, figure?: Readonly<{ indicator: string; period: string }>) =>
  withQuery(
    `${indicatorsPath(trustSlug)}/history`,
    figure ? { indicator: figure.indicator, period: figure.period } : {},
    figure ? 'earlier-versions' : undefined,
  );
export const indicatorCataloguePath = (trustSlug: string, query: Readonly<{ added?: string }> = {}) =>
  withQuery(`${indicatorsPath(trustSlug)}/catalogue`, query);
export const newLocalIndicatorPath = (trustSlug: string) => `${indicatorCataloguePath(trustSlug)}/new`;
export const core20plus5Path = (trustSlug: string, query: Readonly<{ saved?: 1 }> = {}) => withQuery(`${indicatorsPath(trustSlug)}/core20plus5`, query);
export const indicatorTemplatePath = () => '/templates/indicator-figures-template.csv';
