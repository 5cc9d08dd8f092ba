import { randomUUID } from 'node:crypto';
import type { InsertObject } from 'kysely';
import { reminderInstant } from '../../domain/prompt-timing';
import { DEFAULT_MOMENT } from '../../domain/weekly-moment';
import type { FieldCipher } from '../../infra/crypto/field-cipher';
import type { KoersSchema } from '../../infra/storage/schema';
import type { TestDatabase } from '../../tests/support/test-database';
import { insertRows } from '../seed/bulk-insert';
import { seedEntries } from '../seed/entries';
import type { BenchKeeper } from '../seed/keepers';
import { weekIdBefore, ZONE } from '../seed/scenario';
import { weekRow } from '../seed/weeks';
import { promptAt } from './population';

const MINUTE_MS = 60_000;

/** A message the drainer delivered: its outbox row as `settle` leaves it. */
export function sentRow(keeper: BenchKeeper, key: string, purpose: string, at: Date) {
  return {
    id: randomUUID(),
    dedupe_key: `${keeper.personId}:${key}`,
    purpose,
    person_id: keeper.personId,
    conversation_id: null,
    activity: '{}',
    status: 'sent',
    attempts: 1,
    next_attempt_at: at.toISOString(),
    teams_activity_id: `activity-${key}`,
    created_at: at.toISOString(),
    updated_at: at.toISOString(),
    sent_at: at.toISOString(),
  } satisfies InsertObject<KoersSchema, 'outbox'>;
}

/**
 * The week of `at` as it stands then. Everyone whose moment has passed got the prompt (its outbox
 * row sent); `answered` of them saved the card, the others have it open, and those whose reminder
 * time has passed got that too. Returns the keepers with an open card, as the inbound load's people.
 */
export async function seedThisWeek(
  database: TestDatabase,
  cipher: FieldCipher,
  keepers: BenchKeeper[],
  options: { at: Date; answered: number; reminderDelayDays: number },
) {
  const { at } = options;
  const week = weekIdBefore(at, 0);
  const weeks: InsertObject<KoersSchema, 'logboek_weeks'>[] = [];
  const outbox: InsertObject<KoersSchema, 'outbox'>[] = [];
  const written: { keeper: BenchKeeper; saved: Date }[] = [];
  const open: BenchKeeper[] = [];
  keepers.forEach((keeper, i) => {
    const prompted = promptAt(keeper, at, 0);
    if (prompted.getTime() >= at.getTime()) return;
    outbox.push(sentRow(keeper, `logboek-prompt:${week}`, 'logboek-prompt', prompted));
    if (((i * 2654435761) >>> 0) % 1000 < options.answered * 1000) {
      const saved = new Date(
        Math.min(prompted.getTime() + 60 * MINUTE_MS, at.getTime() - MINUTE_MS),
      );
      written.push({ keeper, saved });
      weeks.push(weekRow(keeper, week, 'written', { promptedAt: prompted, updatedAt: saved }));
      return;
    }
    const moment = { ...(keeper.moment ?? DEFAULT_MOMENT), timeZone: ZONE };
    const remindAt = reminderInstant(prompted, moment, options.reminderDelayDays);
    const reminded = remindAt && remindAt.getTime() < at.getTime() ? remindAt : null;
    if (reminded)
      outbox.push(sentRow(keeper, `logboek-reminder:${week}`, 'logboek-reminder', reminded));
    weeks.push(
      weekRow(keeper, week, 'prompted', {
        promptedAt: prompted,
        remindAt,
        remindedAt: reminded,
        updatedAt: reminded ?? prompted,
      }),
    );
    open.push(keeper);
  });
  await database.db.transaction().execute(async (tx) => {
    await insertRows(tx, 'logboek_weeks', weeks);
    await insertRows(tx, 'outbox', outbox);
    await seedEntries(tx, cipher, written.length, (i) => {
      const { keeper, saved } = written[i]!;
      const windowEndsAt = new Date(saved.getTime() + 7 * 24 * 60 * MINUTE_MS);
      return {
        personId: keeper.personId,
        organisationId: keeper.organisationId,
        period: week,
        submittedAt: saved,
        windowEndsAt,
      };
    });
  });
  return { open, written: written.length, prompted: weeks.length };
}
