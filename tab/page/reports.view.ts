import type { ReportOverview, ReportToRead } from '../dashboard.model';
import { el } from './dom';
import type { PageStrings } from './strings';

const day = (iso: string) => iso.slice(0, 10);

function reportArticle(report: ReportOverview, t: PageStrings): HTMLElement {
  const person = (p: ReportOverview['people'][number]) =>
    el(
      'li',
      { 'data-status': p.status },
      el('strong', {}, p.name),
      ` · ${t.reportStatus[p.status]}`,
      ...p.comments.map((c) => el('blockquote', {}, `${t.reportVersion(c.version)}: ${c.text}`)),
    );
  const version = (v: ReportOverview['versions'][number]) =>
    el(
      'li',
      {},
      `${t.reportVersion(v.number)} · ${day(v.sentAt)} · ${t.reportUntil(day(v.answerUntil))} · `,
      el('code', {}, v.sha256),
    );
  return el(
    'article',
    { class: 'report', 'data-testid': 'report' },
    el('h3', {}, report.session ? `${report.title} (${report.session})` : report.title),
    el(
      'p',
      {},
      report.approved
        ? t.reportFrozen(report.approved.number, day(report.approved.approvedAt))
        : t.reportOpen,
      ...(report.approved ? [' ', el('code', {}, report.approved.sha256)] : []),
    ),
    el('ul', {}, ...report.people.map(person)),
    el('ol', { class: 'subtle' }, ...report.versions.map(version)),
  );
}

/** The researcher's oogstverslagen: who agreed, who commented (and what), who has not answered. */
export function reportsSection(reports: readonly ReportOverview[], t: PageStrings): HTMLElement {
  return el(
    'section',
    { 'data-testid': 'reports' },
    el('h2', {}, t.reports),
    el('p', { class: 'subtle' }, reports.length ? t.reportsIntro : t.reportsNone),
    ...reports.map((report) => reportArticle(report, t)),
  );
}

/** A long report, read by a participant it was sent to. */
export function reportText(report: ReportToRead, t: PageStrings): HTMLElement[] {
  return [
    el('h1', {}, report.title),
    el('p', { class: 'subtle' }, t.reportVersion(report.version)),
    ...report.text
      .split(/\n{2,}/)
      .filter((p) => p.trim() !== '')
      .map((p) => el('p', {}, p)),
    el('p', { class: 'subtle' }, t.reportAnswerInChat),
  ];
}
