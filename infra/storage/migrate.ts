import { Migrator, sql, type Migration } from 'kysely';
import type { Database } from './database';
import { peopleAndConversations } from './migrations/0001-people-and-conversations';
import { botState } from './migrations/0002-bot-state';
import { outbox } from './migrations/0003-outbox';
import { organisationsAndConsent } from './migrations/0004-organisations-and-consent';
import { contributions } from './migrations/0005-contributions';
import { personTimeZone } from './migrations/0006-person-time-zone';
import { logboek } from './migrations/0007-logboek';
import { actionPointsAndNudges } from './migrations/0008-action-points-and-nudges';
import { checkIns } from './migrations/0009-check-ins';
import { commitments } from './migrations/0010-commitments';
import { polls } from './migrations/0011-polls';
import { checkInCancel } from './migrations/0012-check-in-cancel';
import { contributionsByTime } from './migrations/0013-contributions-by-time';
import { logboekRemindersDue } from './migrations/0014-logboek-reminders-due';
import { logboekCards } from './migrations/0015-logboek-cards';
import { outboxWorth } from './migrations/0016-outbox-worth';
import { pollAnswerRoles } from './migrations/0017-poll-answer-roles';
import { pollAnswersWithoutOrder } from './migrations/0018-poll-answers-without-order';
import { logboekDue } from './migrations/0019-logboek-due';
import { reports } from './migrations/0020-reports';
import { slotinterviews } from './migrations/0021-slotinterviews';
import { demoStudies } from './migrations/0022-demo-studies';

function migrationsFor(database: Database): Record<string, Migration> {
  return {
    '0001-people-and-conversations': peopleAndConversations(database.kind),
    '0002-bot-state': botState(database.kind),
    '0003-outbox': outbox(database.kind),
    '0004-organisations-and-consent': organisationsAndConsent(database.kind),
    '0005-contributions': contributions(database.kind),
    '0006-person-time-zone': personTimeZone(),
    '0007-logboek': logboek(database.kind),
    '0008-action-points-and-nudges': actionPointsAndNudges(database.kind),
    '0009-check-ins': checkIns(database.kind),
    '0010-commitments': commitments(database.kind),
    '0011-polls': polls(database.kind),
    '0012-check-in-cancel': checkInCancel(database.kind),
    '0013-contributions-by-time': contributionsByTime(),
    '0014-logboek-reminders-due': logboekRemindersDue(),
    '0015-logboek-cards': logboekCards(),
    '0016-outbox-worth': outboxWorth(database.kind),
    '0017-poll-answer-roles': pollAnswerRoles(),
    '0018-poll-answers-without-order': pollAnswersWithoutOrder(database.kind),
    '0019-logboek-due': logboekDue(database.kind),
    '0020-reports': reports(database.kind),
    '0021-slotinterviews': slotinterviews(database.kind),
    '0022-demo-studies': demoStudies(database.kind),
  };
}

/**
 * Kysely looks for its own tables in every schema unless told which one; on a PostgreSQL
 * database that holds several Koers schemas (tests, staging) it would find another's.
 */
async function migratorFor(database: Database): Promise<Migrator> {
  const migrations = migrationsFor(database);
  const schema =
    database.kind === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db))
          .rows[0]?.schema
      : undefined;
  return new Migrator({
    db: database.db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    ...(schema && { migrationTableSchema: schema }),
  });
}

/**
 * Brings the schema up to date and returns the names it applied. Kysely takes a lock
 * (advisory lock on PostgreSQL), so several instances may start at once.
 */
export async function migrateToLatest(database: Database): Promise<string[]> {
  const { error, results } = await (await migratorFor(database)).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of migrations not yet applied, for `koers doctor`; reads only, creates nothing. */
export async function pendingMigrations(database: Database): Promise<string[]> {
  if (!(await hasMigrationTable(database))) return Object.keys(migrationsFor(database));
  const all = await (await migratorFor(database)).getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}

async function hasMigrationTable(database: Database): Promise<boolean> {
  const query =
    database.kind === 'postgres'
      ? sql<{ present: boolean }>`select to_regclass('kysely_migration') is not null as present`
      : sql<{
          present: number;
        }>`select count(*) > 0 as present from sqlite_master where name = 'kysely_migration'`;
  const { rows } = await query.execute(database.db);
  return Boolean(rows[0]?.present);
}
