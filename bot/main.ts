import { ConversationState, UserState } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { CoachCallAnswers } from '../dialogs/coach-call-answers';
import { LogboekAnswers } from '../dialogs/logboek-answers';
import { LogboekSave } from '../dialogs/logboek-save';
import { LogboekWeekView } from '../dialogs/logboek-week-view';
import { LogboekFiles } from '../dialogs/logboek-files';
import { FileDownload } from '../infra/files/file-download';
import { Participation } from '../dialogs/participation';
import { loadKeys } from '../infra/crypto/keys';
import { ConfigError, loadConfig, loadDotEnv, type Config } from '../infra/config';
import { createLogger, type Logger } from '../infra/logger';
import { openConfiguredDatabase, type Database } from '../infra/storage/database';
import { migrateToLatest } from '../infra/storage/migrate';
import { SqlBotStorage } from '../infra/storage/sql-bot.storage';
import { createStores } from '../infra/storage/stores';
import { createDelivery } from '../infra/delivery/delivery';
import { createAdapter } from './adapter';
import { printBanner } from './banner';
import { connectorToken } from './connector-token';
import { createPlanners } from '../jobs/planners';
import { progressSources } from '../services/progress-sources';
import { buildDialogs } from './dialog-set';
import { Installations } from './installations';
import { cardVerbs } from './card-verbs';
import { KoersBot } from './koers.bot';
import { MessageRouter, type ConversationHabits } from './message-router';
import { personalDataFile, PersonalDataUpload } from '../dialogs/personal-data-upload';
import { PollAnswers } from '../dialogs/poll-answers';
import { ReportAnswers } from '../dialogs/report-answers';
import { reportReadUrl } from '../cards/report.card';
import { pollCardUpdate } from '../dialogs/poll-card-update';
import { CalendarFiles } from './calendar-files';
import { calendarUrls } from '../services/calendar-url';
import { createServer } from './server';
import { createTab } from '../tab/api/create-tab';
import { turnErrorHandler } from './turn-error';

export interface AppDeps {
  config: Config;
  logger: Logger;
  database: Database;
  clock: () => Date;
}

export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

/** Builds the bot on an opened, migrated database and listens on config.port (0 for any). */
export async function startServer({
  config,
  logger,
  database,
  clock,
}: AppDeps): Promise<RunningServer> {
  const storage = new SqlBotStorage(database.db);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const stores = createStores(database, loadKeys(config));
  const participation = new Participation({
    ports: { ...stores, directory: stores.organisations },
    clock,
    defaultLocale: config.defaultLocale,
    defaultTimeZone: config.defaultTimeZone,
  });
  const dataFile = personalDataFile(stores.personalData);
  const logboekView = new LogboekWeekView(
    participation,
    stores.logboek,
    stores.actionPoints,
    stores.contributions,
  );
  const logboekAnswers = new LogboekAnswers(
    participation,
    stores.logboek,
    logboekView,
    stores.contributions,
  );
  const logboekSave = new LogboekSave({
    entries: stores.logboekEntries,
    actions: stores.actionPoints,
    participation,
    clock,
    defaultLocale: config.defaultLocale,
  });
  const coachCalls = new CoachCallAnswers(participation, stores.coachCalls);
  const pollAnswers = new PollAnswers(participation, stores.polls, stores.pollAnswers, {
    people: stores.people,
    directory: stores.organisations,
    consents: stores.consents,
  });
  const reportAnswers = new ReportAnswers(
    participation,
    stores.reports,
    stores.reportAnswers,
    stores.people,
    (reportId) => reportReadUrl(config.bot.appId, reportId),
  );
  const verbs = cardVerbs({
    logboek: logboekAnswers,
    logboekSave,
    polls: pollAnswers,
    coachCalls,
    reports: reportAnswers,
  });
  const delivery = createDelivery({
    config,
    database,
    logger,
    adapter: createAdapter(config),
    planners: createPlanners(stores, config),
  });
  const dialogs = buildDialogs({
    logboekAnswers,
    progress: progressSources(stores),
    nudges: { budget: stores.contactBudget, outbox: delivery.outbox },
    checkInAgenda: stores.checkInAgenda,
    recordings: stores.recordingConsents,
    polls: {
      store: stores.polls,
      answers: stores.pollAnswers,
      members: stores.members,
      outbox: delivery.outbox,
      updateCard: pollCardUpdate(stores.conversations, config.bot.appId),
      random: Math.random,
    },
    commitments: stores.commitments,
    checkIns: {
      checkIns: stores.checkIns,
      caseload: stores.checkInCaseload,
      actionPoints: stores.actionPoints,
      calendarUrl: calendarUrls(stores.checkInCalendar, config.publicBaseUrl),
    },
    momentSettings: stores.logboek,
    logboekShelf: {
      weeks: stores.logboek,
      contributions: stores.contributions,
      attachments: stores.attachments,
    },
    contributions: stores.contributions,
    invites: stores.invites,
    consentBook: {
      consents: stores.consents,
      texts: stores.organisations,
      contributions: stores.contributions,
    },
    pseudonyms: stores.pseudonyms,
    state: conversationState.createProperty<DialogState>('dialogState'),
    participation,
    personalDataFile: dataFile,
    defaultLocale: config.defaultLocale,
  });

  const adapter = createAdapter(config);
  adapter.onTurnError = turnErrorHandler({
    logger,
    conversationState,
    defaultLocale: config.defaultLocale,
  });
  const bot = new KoersBot({
    installations: new Installations({
      people: stores.people,
      conversations: stores.conversations,
      roster: stores.roster,
      participation,
      clock,
      defaultLocale: config.defaultLocale,
    }),
    router: new MessageRouter({
      dialogs,
      verbs,
      habits: userState.createProperty<ConversationHabits>('habits'),
      defaultLocale: config.defaultLocale,
      keepsLogboek: async (context) => {
        const person = await participation.person(context);
        return (
          person !== undefined && (await participation.logboekMembership(person.id)) !== undefined
        );
      },
      files: new LogboekFiles({
        participation,
        contributions: stores.contributions,
        consents: stores.consents,
        fetcher: new FileDownload({
          maxBytes: config.files.maxMegabytes * 1024 * 1024,
          timeoutMs: config.files.timeoutMs,
          httpsOnly: config.mode === 'production',
        }),
        maxMegabytes: config.files.maxMegabytes,
        connectorToken,
      }),
    }),
    verbs,
    defaultLocale: config.defaultLocale,
    fileConsent: new PersonalDataUpload({
      participation,
      file: dataFile,
      audit: stores.audit,
      httpsOnly: config.mode === 'production',
    }),
    state: { conversation: conversationState, user: userState },
  });

  const calendar = new CalendarFiles({
    calendar: stores.checkInCalendar,
    stores,
    defaults: { locale: config.defaultLocale, timeZone: config.defaultTimeZone },
    clock,
  });
  const tab = createTab({ config, logger, stores, participation });
  const server = createServer({ config, logger, database, adapter, bot, delivery, calendar, tab });
  await new Promise<void>((resolve) => {
    server.listen(config.port, () => resolve());
  });
  if (config.delivery.scheduler) await delivery.scheduler.start();
  return {
    port: server.address().port,
    stop: async () => {
      if (config.delivery.scheduler) await delivery.scheduler.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // keep-alive sockets would otherwise hold close() open until they time out
        server.server.closeIdleConnections();
      });
    },
  };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    loadDotEnv();
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  const database = openConfiguredDatabase(config, logger);
  await migrateToLatest(database);
  const running = await startServer({ config, logger, database, clock: () => new Date() });
  const schools = await createStores(database, loadKeys(config)).organisations.listOrganisations();
  printBanner(config, { kind: database.kind, empty: schools.length === 0 }, running.port);

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'stopping');
    await running.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void shutdown(signal));
  process.once('SIGTERM', (signal) => void shutdown(signal));
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(
      `Koers could not start: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  });
}
