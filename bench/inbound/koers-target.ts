import pino from 'pino';
import { startServer } from '../../bot/main';
import { loadConfig } from '../../infra/config';
import { seedStudy } from '../../tests/support/study';
import type { TestDatabase } from '../../tests/support/test-database';
import { insertRows } from '../seed/bulk-insert';
import { seedKeepers, type BenchKeeper } from '../seed/keepers';
import { momentIn, weekIdBefore, ZONE } from '../seed/scenario';
import { weekRow } from '../seed/weeks';
import type { RunningTarget } from './bare-bot';

export interface KoersTarget extends RunningTarget {
  /** Logboek entries in the database now. */
  entries(): Promise<number>;
}

/** Koers as bot/main builds it, on `database`, in local mode, its scheduler off. */
export async function startKoersTarget(
  database: TestDatabase,
  connectorUrl: string,
  clock: () => Date,
): Promise<KoersTarget> {
  const config = loadConfig({
    ...database.env,
    PORT: '0',
    LOG_LEVEL: 'silent',
    TEAMS_SERVICE_URL: connectorUrl,
    SCHEDULER: 'off',
  });
  const server = await startServer({ config, logger: pino({ level: 'silent' }), database, clock });
  return {
    url: `http://127.0.0.1:${server.port}`,
    stop: () => server.stop(),
    entries: async () => {
      const row = await database.db
        .selectFrom('contributions')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('kind', '=', 'logboek-entry')
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

/**
 * The weeks the load saves, in order: this week first (its prompt is open), then weeks from
 * `freeFrom` back on, where the people have nothing yet (past the scale benchmark's history).
 */
export function weeksToSave(at: Date, freeFrom: number, count = 100): string[] {
  const older = Array.from({ length: count - 1 }, (_, i) => weekIdBefore(at, freeFrom + i));
  return [weekIdBefore(at, 0), ...older];
}

/** `count` aanjagers with consent whose card of this week is out (prompted Monday, unanswered). */
export async function seedInboundKeepers(
  database: TestDatabase,
  serviceUrl: string,
  at: Date,
  count: number,
): Promise<BenchKeeper[]> {
  const seeded = await seedStudy(database);
  const monday = { weekday: 1, hour: 9, minute: 0 } as const;
  const keepers = await seedKeepers(database, {
    count,
    studyId: seeded.studyId,
    organisationIds: [seeded.organisationId],
    serviceUrl,
    at: new Date(at.getTime() - 30 * 86_400_000),
    momentOf: () => monday,
  });
  const week = weekIdBefore(at, 0);
  const promptedAt = momentIn({ ...monday, timeZone: ZONE }, at);
  await insertRows(
    database.db,
    'logboek_weeks',
    keepers.map((k) => weekRow(k, week, 'prompted', { promptedAt, updatedAt: promptedAt })),
  );
  return keepers;
}
