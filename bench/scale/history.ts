import type { FieldCipher } from '../../infra/crypto/field-cipher';
import type { TestDatabase } from '../../tests/support/test-database';
import { insertRows } from '../seed/bulk-insert';
import { seedEntries } from '../seed/entries';
import type { BenchKeeper } from '../seed/keepers';
import { weekIdBefore } from '../seed/scenario';
import { weekRow } from '../seed/weeks';
import { promptAt } from './population';
import { sentRow } from './this-week';

const HOUR_MS = 3_600_000;
const BATCH = 10_000;

/** Whether a keeper wrote in week `w` (1-based, counted back) of `weeks`: `written` of them, evenly. */
const wrote = (w: number, written: number, weeks: number) =>
  Math.floor((w * written) / weeks) !== Math.floor(((w - 1) * written) / weeks);

/**
 * `weeks` weeks before the week of `at`, in which every keeper wrote `perPerson` times, spread
 * evenly (never three silent weeks in a row, so nobody's prompts stopped): an encrypted entry and
 * a 'written' week as a save leaves them, and for the other weeks the prompt and its reminder,
 * unanswered. Every keeper has a row for every week, as the planner records one each week. Last
 * week's prompts and reminders also have their sent outbox rows: the next-due index reads them to
 * know last week's card went out (older weeks are settled by their age, so their rows are left out).
 */
export async function seedHistory(
  database: TestDatabase,
  cipher: FieldCipher,
  keepers: BenchKeeper[],
  options: { weeks: number; perPerson: number; at: Date },
): Promise<{ entries: number; weeks: number }> {
  const { weeks, perPerson, at } = options;
  const weekIds = Array.from({ length: weeks + 1 }, (_, n) => weekIdBefore(at, n));
  const writes = Array.from({ length: weeks + 1 }, (_, w) => w > 0 && wrote(w, perPerson, weeks));
  const writtenWeeks = writes.flatMap((written, w) => (written ? [w] : []));
  const entries = keepers.length * writtenWeeks.length;
  const rows = keepers.length * weeks;
  await database.db.transaction().execute(async (tx) => {
    await seedEntries(tx, cipher, entries, (i) => {
      const keeper = keepers[Math.floor(i / writtenWeeks.length)]!;
      const w = writtenWeeks[i % writtenWeeks.length]!;
      const saved = new Date(promptAt(keeper, at, w).getTime() + 2 * HOUR_MS);
      const windowEndsAt = new Date(saved.getTime() + 7 * 24 * HOUR_MS);
      const { personId, organisationId } = keeper;
      return { personId, organisationId, period: weekIds[w]!, submittedAt: saved, windowEndsAt };
    });
    let stored: Promise<void> = Promise.resolve();
    for (let from = 0; from < rows; from += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, rows - from) }, (_, k) => {
        const keeper = keepers[Math.floor((from + k) / weeks)]!;
        const w = 1 + ((from + k) % weeks);
        const promptedAt = promptAt(keeper, at, w);
        if (writes[w]) {
          const updatedAt = new Date(promptedAt.getTime() + 2 * HOUR_MS);
          return weekRow(keeper, weekIds[w]!, 'written', { promptedAt, updatedAt });
        }
        const reminded = new Date(promptedAt.getTime() + 48 * HOUR_MS);
        return weekRow(keeper, weekIds[w]!, 'prompted', {
          promptedAt,
          remindAt: reminded,
          remindedAt: reminded,
          updatedAt: reminded,
        });
      });
      await stored;
      stored = insertRows(tx, 'logboek_weeks', batch);
    }
    await stored;
    const lastWeek = weekIds[1]!;
    await insertRows(
      tx,
      'outbox',
      keepers.flatMap((keeper) => {
        const promptedAt = promptAt(keeper, at, 1);
        const prompt = sentRow(keeper, `logboek-prompt:${lastWeek}`, 'logboek-prompt', promptedAt);
        if (writes[1]) return [prompt];
        const reminded = new Date(promptedAt.getTime() + 48 * HOUR_MS);
        return [
          prompt,
          sentRow(keeper, `logboek-reminder:${lastWeek}`, 'logboek-reminder', reminded),
        ];
      }),
    );
  });
  return { entries, weeks: rows };
}
