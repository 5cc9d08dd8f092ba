import { pickLanguage } from '../../domain/language';
import type { ReportToRead, TabDashboard, TabRefusal } from '../dashboard.model';
import { dashboardView } from './dashboard.view';
import { el, show } from './dom';
import { reportText } from './reports.view';
import { pageStrings } from './strings';
import { teamsSession } from './teams-session';

/** Local mode only (the server refuses these headers otherwise): `/tab?dev-user=..&dev-tenant=..`. */
function devSignIn(search: URLSearchParams): Record<string, string> | undefined {
  const user = search.get('dev-user');
  if (user === null) return undefined;
  return { 'x-koers-dev-user': user, 'x-koers-dev-tenant': search.get('dev-tenant') ?? '' };
}

async function signIn(): Promise<
  | { headers: Record<string, string>; locale: string; report?: string }
  | 'outside-teams'
  | 'no-token'
> {
  const dev = devSignIn(new URLSearchParams(window.location.search));
  if (dev) return { headers: dev, locale: navigator.language };
  const session = await teamsSession();
  if (session.kind !== 'signed-in') return session.kind;
  const headers = { authorization: `Bearer ${session.token}` };
  return { headers, locale: session.locale, ...(session.report ? { report: session.report } : {}) };
}

async function load(root: HTMLElement): Promise<void> {
  let t = pageStrings(pickLanguage(navigator.language));
  show(root, el('p', { class: 'subtle' }, t.loading));
  const session = await signIn();
  if (session === 'outside-teams') {
    show(root, el('h1', {}, t.outsideTeams), el('p', { class: 'subtle' }, t.outsideTeamsHint));
    return;
  }
  if (session === 'no-token') {
    show(root, el('p', {}, t.signInFailed));
    return;
  }
  t = pageStrings(pickLanguage(session.locale));
  document.documentElement.lang = pickLanguage(session.locale);
  const report = session.report ?? new URLSearchParams(window.location.search).get('report');
  if (report) {
    const query = new URLSearchParams({ report, locale: session.locale });
    const answer = await fetch(`/api/tab/report?${query.toString()}`, { headers: session.headers });
    if (!answer.ok) {
      const refusal = (await answer.json().catch(() => undefined)) as TabRefusal | undefined;
      show(root, el('p', {}, refusal?.message ?? t.loadFailed));
      return;
    }
    show(root, ...reportText((await answer.json()) as ReportToRead, t));
    return;
  }
  const query = new URLSearchParams({ locale: session.locale });
  const response = await fetch(`/api/tab/me?${query.toString()}`, { headers: session.headers });
  if (!response.ok) {
    const refusal = (await response.json().catch(() => undefined)) as TabRefusal | undefined;
    show(root, el('p', {}, refusal?.message ?? t.loadFailed));
    return;
  }
  const dashboard = (await response.json()) as TabDashboard;
  const download = (study: string, format: string) =>
    saveExport(new URLSearchParams({ study, format, locale: session.locale }), session.headers);
  show(root, ...dashboardView(dashboard, pageStrings(dashboard.language), download));
}

/** A fetch, not a link: the request needs the sign-in header. The server streams the file. */
async function saveExport(query: URLSearchParams, headers: Record<string, string>) {
  const response = await fetch(`/api/tab/export?${query.toString()}`, { headers });
  if (!response.ok) {
    const refusal = (await response.json().catch(() => undefined)) as TabRefusal | undefined;
    throw new Error(refusal?.message ?? '');
  }
  const named = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  const link = el('a', {
    href: URL.createObjectURL(await response.blob()),
    download: named?.[1] ?? 'koers-export',
  });
  link.click();
  // The browser reads the blob after this click returns; let it go once the download has it.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

const root = document.getElementById('koers');
if (root) {
  load(root).catch(() => {
    show(root, el('p', {}, pageStrings(pickLanguage(navigator.language)).loadFailed));
  });
}
