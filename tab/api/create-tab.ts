import { progressSources } from '../../services/progress-sources';
import { LogboekHistory } from '../../dialogs/logboek-history';
import type { Participation } from '../../dialogs/participation';
import { ProgressOverview } from '../../dialogs/progress-overview';
import type { Config } from '../../infra/config';
import type { Logger } from '../../infra/logger';
import type { Stores } from '../../infra/storage/stores';
import { entraTokenVerifier } from './entra-token';
import { tabBundlePath } from './tab-bundle';
import { TabDashboardBuilder } from './tab-dashboard';
import { TabExport } from './tab-export';
import type { TabRoutesDeps } from './tab.routes';

/** The dashboard tab's parts, built once by the composition root. */
export function createTab(deps: {
  config: Config;
  logger: Logger;
  stores: Stores;
  participation: Participation;
}): TabRoutesDeps {
  const { config, logger, stores, participation } = deps;
  const sources = progressSources(stores);
  const verifier = entraTokenVerifier({
    jwksUrl: config.tab.jwksUrl,
    tenantId: config.bot.tenantId,
    audiences: config.tab.audiences,
    onRefused: (reason) => logger.info({ reason }, 'tab: SSO token refused'),
  });
  return {
    signIn: { verifier, devSignIn: config.mode === 'local' },
    dashboard: new TabDashboardBuilder({
      participation,
      overview: new ProgressOverview(sources),
      sources,
      history: new LogboekHistory(participation, {
        weeks: stores.logboek,
        contributions: stores.contributions,
        attachments: stores.attachments,
      }),
      polls: {
        polls: stores.polls,
        answers: stores.pollAnswers,
        random: Math.random,
        now: () => participation.now(),
      },
      reports: stores,
    }),
    reports: stores,
    people: participation,
    exports: new TabExport({ participation, stores, logger }),
    defaultLocale: config.defaultLocale,
    bundlePath: tabBundlePath(),
  };
}
