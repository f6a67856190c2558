import { financialYearOf } from '../../../lib/calendar/financial-year';
import { startAssessment } from '../../../lib/assessments/mutations';
import { withSystem } from '../../../lib/jobs/system-jobs';
import type { BoardPaperCover } from '../../../lib/reports/board-paper-cover';
import { completeReportExport, startReportExport } from '../../../lib/reports/exports';
import { CORE_SECTION_IDS } from '../../../lib/reports/snapshot';
import { systemTenantContext } from '../../../lib/tenancy/system-context';
import { findTrustForSystemJob } from '../../../lib/trusts/system-job-trust';

// A board paper needs its cover details, as the export form asks for them.
const BENCH_COVER: BoardPaperCover = {
  meeting: 'Trust board meeting in public',
  meetingDate: '2026-06-11',
  agendaItem: '7.2',
  sponsor: { name: 'Bench Sponsor', jobTitle: 'Chief Nurse' },
  author: { name: 'Bench Author', jobTitle: 'Company Secretary' },
  purpose: 'approval',
  recommendation: 'The board is asked to approve the section for publication.',
};

/** One URL the bench loads: what it is, and the status a correct answer has. */
export type BenchTarget = Readonly<{
  name: string;
  kind: 'trivial' | 'read' | 'export' | 'write';
  path: string;
  expectStatus: number;
  method?: 'GET' | 'POST';
  body?: Buffer;
  headers?: Record<string, string>;
  /** Also measured by `--quick`, the smoke run. */
  quick?: boolean;
}>;

/**
 * The trust's pages the bench reads, by their address under /t/<trust>. To measure another page,
 * add a line here (a page that needs an id of the demo data goes in prepareTargets instead).
 */
const TRUST_PAGES: readonly Readonly<{ name: string; path: string; kind?: 'read' | 'export'; quick?: boolean }>[] = [
  { name: 'Trust home', path: '', quick: true },
  { name: 'Year on year', path: '/review' },
  { name: 'Objectives overview', path: '/objectives', quick: true },
  { name: 'Objectives CSV export', path: '/objectives/export', kind: 'export' },
  { name: 'Indicators', path: '/indicators', quick: true },
  { name: 'One indicator (waiting over 18 weeks)', path: '/indicators/elective-wait-18w' },
  { name: 'Board summary', path: '/review/summary' },
  { name: 'Indicator figures history', path: '/indicators/history', quick: true },
];

export const BENCH_TRUST = 'northfield-valley';
export const BENCH_USER = 'lead.northfield@demo.fairboard.test';

/**
 * Prepares the demo trust for the run and returns its URLs: this year's assessment is started
 * (a draft with last year's answers carried over, so the task list is the one people work on),
 * and a board-paper PDF of the core sections is exported (the annual report would need every narrative approved), so its stored file can be downloaded again.
 */
export async function prepareTargets(): Promise<{ targets: BenchTarget[]; progressPagePath: string }> {
  const found = await findTrustForSystemJob(BENCH_TRUST, 'bench');
  const currentYear = financialYearOf(new Date());
  const lead = await withSystem('bench', (tx) => tx.user.findUniqueOrThrow({ where: { email: BENCH_USER }, select: { id: true } }));
  // Started as the executive lead would start it, so the draft records who began it.
  const draft = await startAssessment({ ...systemTenantContext(found, 'bench', 'executive_lead'), userId: lead.id }, { financialYear: currentYear });
  const secretary = systemTenantContext(found, 'bench');
  const ids = await withSystem('bench', async (tx) => ({
    approved: await tx.assessment.findFirstOrThrow({
      where: { trustId: found.id, status: 'approved' },
      orderBy: { financialYear: 'desc' },
      select: { id: true, financialYear: true },
    }),
    objective: await tx.objective.findFirstOrThrow({
      where: { trustId: found.id, financialYear: currentYear, agreedAt: { not: null }, currentStatus: { notIn: ['complete', 'deferred'] } },
      orderBy: { title: 'asc' },
      select: { id: true },
    }),
  }));
  const started = await startReportExport(secretary, {
    financialYear: ids.approved.financialYear,
    sections: [...CORE_SECTION_IDS],
    variant: 'board-paper',
    format: 'pdf',
    cover: BENCH_COVER,
  });
  const outcome = await completeReportExport(secretary, started);
  if (outcome.status !== 'complete') throw new Error('The annual-report export for the bench did not complete.');
  const trust = `/t/${BENCH_TRUST}`;
  const progressPagePath = `${trust}/objectives/${ids.objective.id}`;
  return {
    progressPagePath,
    targets: [
      { name: 'Trivial route (/api/health)', kind: 'trivial', path: '/api/health', expectStatus: 200, quick: true },
      ...TRUST_PAGES.map((page) => ({ name: page.name, kind: page.kind ?? 'read', path: `${trust}${page.path}`, expectStatus: 200, quick: page.quick })),
      { name: 'Assessment task list', kind: 'read', path: `${trust}/assessments/${draft.id}`, expectStatus: 200 },
      { name: 'Assessment results', kind: 'read', path: `${trust}/assessments/${ids.approved.id}/results`, expectStatus: 200 },
      { name: 'Annual report PDF re-download', kind: 'export', path: `${trust}/reports/exports/${outcome.id}/download`, expectStatus: 200 },
    ],
  };
}

/**
 * The write: a progress update on an agreed objective, posted as the page's own form posts it
 * without JavaScript (its hidden action fields, multipart), so it goes through the real server
 * action. Progress updates are appended, so 50 at once never conflict; the action answers with a
 * redirect (303) back to the objective.
 */
export async function progressWriteTarget(baseUrl: string, cookie: string, pagePath: string): Promise<BenchTarget> {
  const html = await (await fetch(`${baseUrl}${pagePath}`, { headers: { Cookie: cookie } })).text();
  const formStart = html.indexOf('name="objectiveId"');
  const form = html.slice(html.lastIndexOf('<form', formStart), html.indexOf('</form>', formStart));
  const data = new FormData();
  for (const match of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)) data.append(match[1]!, decodeEntities(match[2] ?? ''));
  if (!data.has('objectiveId') || ![...data.keys()].some((key) => key.startsWith('$ACTION')))
    throw new Error(`No progress form on ${pagePath}: is the objective open for updates?`);
  const today = new Date();
  data.append('date-day', String(today.getUTCDate()));
  data.append('date-month', String(today.getUTCMonth() + 1));
  data.append('date-year', String(today.getUTCFullYear()));
  data.append('status', 'on_track');
  data.append('measureValue', '10');
  data.append('narrative', 'Recorded by the load benchmark.');
  const request = new Request(`${baseUrl}${pagePath}`, { method: 'POST', body: data });
  return {
    name: 'Write: record progress',
    kind: 'write',
    path: pagePath,
    method: 'POST',
    expectStatus: 303,
    body: Buffer.from(await request.arrayBuffer()),
    quick: true,
    headers: { 'Content-Type': request.headers.get('content-type')!, Origin: baseUrl },
  };
}

function decodeEntities(text: string): string {
  return text.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}
