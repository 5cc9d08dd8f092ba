import type { Kysely } from 'kysely';
import type { RemoveNoteResult } from '../../domain/contributions';
import type { StorageKind } from './database';
import { lockPerson } from './person-lock';
import type { KoersSchema } from './schema';

/**
 * The author takes a note back inside its bedenktijd: it is deleted, and a week it alone made
 * written is open again (prompted, when it was; else as if nothing happened).
 */
export async function removeNote(
  db: Kysely<KoersSchema>,
  kind: StorageKind,
  { personId, noteId }: { personId: string; noteId: string },
  at: Date,
): Promise<RemoveNoteResult> {
  return db.transaction().execute(async (tx) => {
    await lockPerson(tx, kind, personId);
    const note = await tx
      .selectFrom('contributions')
      .select(['id', 'period', 'window_ends_at'])
      .where('id', '=', noteId)
      .where('person_id', '=', personId)
      .where('kind', '=', 'logboek-note')
      .executeTakeFirst();
    if (!note) return 'gone';
    if (new Date(note.window_ends_at).getTime() <= at.getTime()) return 'closed';
    await tx.deleteFrom('attachments').where('contribution_id', '=', note.id).execute();
    await tx.deleteFrom('contributions').where('id', '=', note.id).execute();
    if (note.period) await reopenEmptyWeek(tx, personId, note.period, at);
    return 'removed';
  });
}

async function reopenEmptyWeek(tx: Kysely<KoersSchema>, personId: string, week: string, at: Date) {
  const left = await tx
    .selectFrom('contributions')
    .select('id')
    .where('person_id', '=', personId)
    .where('period', '=', week)
    .executeTakeFirst();
  if (left) return;
  const mine = tx.updateTable('logboek_weeks').where('person_id', '=', personId);
  await mine
    .where('week', '=', week)
    .where('status', '=', 'written')
    .where('prompted_at', 'is not', null)
    .set({ status: 'prompted', updated_at: at.toISOString() })
    .execute();
  await tx
    .deleteFrom('logboek_weeks')
    .where('person_id', '=', personId)
    .where('week', '=', week)
    .where('status', '=', 'written')
    .where('prompted_at', 'is', null)
    .execute();
}
