import { readFile } from 'node:fs/promises';
import type { Response, Server } from 'restify';
import { z } from 'zod';
import { pickLanguage } from '../../domain/language';
import type { TabRefusal } from '../dashboard.model';
import type { TabDashboardBuilder } from './tab-dashboard';
import { exportQuerySchema, type TabExport } from './tab-export';
import { tabPageHtml } from './tab-page';
import { reportToRead } from './report.view';
import { tabCallerOf, type TabSignInOptions } from './tab-sign-in';
import type { Stores } from '../../infra/storage/stores';
import type { Participation } from '../../dialogs/participation';
import { tabStrings } from './tab-strings';

export interface TabRoutesDeps {
  signIn: TabSignInOptions;
  dashboard: Pick<TabDashboardBuilder, 'build'>;
  exports: Pick<TabExport, 'send'>;
  reports: Pick<Stores, 'reports' | 'reportAnswers'>;
  people: Pick<Participation, 'personByTeamsId'>;
  defaultLocale: string;
  /** dist/tab/app.js, written by `npm run build:tab`. */
  bundlePath: string;
}

const querySchema = z.object({ locale: z.string().max(35).optional() });
const reportQuerySchema = z.object({
  report: z.string().min(1).max(100),
  locale: z.string().max(35).optional(),
});

const refuse = (res: Response, status: number, refusal: TabRefusal) => {
  if (status === 401) res.setHeader('www-authenticate', 'Bearer');
  res.send(status, refusal);
};

/** The dashboard tab: its page and script under /tab, its JSON under /api/tab. */
export function addTabRoutes(server: Server, deps: TabRoutesDeps): void {
  server.get('/tab', (_req, res, next) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.sendRaw(200, tabPageHtml);
    next();
  });

  server.get('/tab/app.js', async (_req, res) => {
    try {
      const script = await readFile(deps.bundlePath);
      res.setHeader('content-type', 'text/javascript; charset=utf-8');
      res.sendRaw(200, script);
    } catch {
      res.send(503, { error: 'not-built', message: tabStrings('en').notBuilt });
    }
  });

  server.get('/api/tab/me', async (req, res) => {
    res.setHeader('cache-control', 'no-store');
    const search = new URL(req.url ?? '', 'http://tab').searchParams;
    const query = querySchema.safeParse(Object.fromEntries(search));
    const language = pickLanguage(query.data?.locale, deps.defaultLocale);
    const t = tabStrings(language);
    if (!query.success) return refuse(res, 400, { error: 'bad-request', message: t.badRequest });
    const caller = await tabCallerOf(req.headers, deps.signIn);
    if (!caller) return refuse(res, 401, { error: 'not-signed-in', message: t.notSignedIn });
    const dashboard = await deps.dashboard.build(caller, language);
    if (!dashboard) return refuse(res, 403, { error: 'unknown-person', message: t.unknownPerson });
    res.send(200, dashboard);
  });

  server.get('/api/tab/report', async (req, res) => {
    res.setHeader('cache-control', 'no-store');
    const search = new URL(req.url ?? '', 'http://tab').searchParams;
    const query = reportQuerySchema.safeParse(Object.fromEntries(search));
    const t = tabStrings(pickLanguage(search.get('locale'), deps.defaultLocale));
    if (!query.success) return refuse(res, 400, { error: 'bad-request', message: t.badRequest });
    const caller = await tabCallerOf(req.headers, deps.signIn);
    if (!caller) return refuse(res, 401, { error: 'not-signed-in', message: t.notSignedIn });
    const person = await deps.people.personByTeamsId(caller.tenantId, caller.aadObjectId);
    if (!person) return refuse(res, 403, { error: 'unknown-person', message: t.unknownPerson });
    const found = await reportToRead(deps.reports, person.id, query.data.report);
    if (!found) return refuse(res, 403, { error: 'not-allowed', message: t.reportNotYours });
    res.send(200, found);
  });

  server.get('/api/tab/export', async (req, res) => {
    const search = new URL(req.url ?? '', 'http://tab').searchParams;
    const query = exportQuerySchema.safeParse(Object.fromEntries(search));
    const t = tabStrings(pickLanguage(search.get('locale'), deps.defaultLocale));
    if (!query.success) return refuse(res, 400, { error: 'bad-request', message: t.badRequest });
    const caller = await tabCallerOf(req.headers, deps.signIn);
    if (!caller) return refuse(res, 401, { error: 'not-signed-in', message: t.notSignedIn });
    const outcome = await deps.exports.send(caller, query.data, res);
    if (outcome === 'unknown')
      refuse(res, 403, { error: 'unknown-person', message: t.unknownPerson });
    if (outcome === 'refused') refuse(res, 403, { error: 'not-allowed', message: t.notAllowed });
  });
}
