import type { Kysely } from 'kysely';
import { planWithdrawal } from '../../domain/consent.rules';
import type { Study } from '../../domain/organisations';
import type { PseudonymHasher } from '../crypto/pseudonym-hasher';
import { pollMarker } from './poll-answers.store';
import type { KoersSchema } from './schema';

/**
 * A withdrawing person's poll answers in a study, inside the withdrawal transaction (C4, C5).
 * Named answers are found by person; anonymous ones through the marker recomputed with the key,
 * which stays until the answer's own bedenktijd ended, also after closing. After that the
 * answer belongs to no one, so it cannot be found: by design, and it stays.
 */
export async function withdrawPollAnswers(
  tx: Kysely<KoersSchema>,
  hasher: PseudonymHasher,
  person: { personId: string; studyId: string; erasure: Study['erasure'] },
  at: Date,
): Promise<{ erased: number; kept: number }> {
  const { personId, studyId, erasure } = person;
  const organisations = tx.selectFrom('organisations').select('id').where('study_id', '=', studyId);
  const named = await tx
    .selectFrom('poll_answers')
    .innerJoin('polls', 'polls.id', 'poll_answers.poll_id')
    .select(['poll_answers.id', 'poll_answers.window_ends_at'])
    .where('poll_answers.person_id', '=', personId)
    .where('polls.organisation_id', 'in', organisations)
    .execute();
  const open = await tx
    .selectFrom('polls')
    .select('id')
    .where('organisation_id', 'in', organisations)
    .where('anonymous', '=', 1)
    .where((eb) =>
      eb.exists(
        eb.selectFrom('poll_markers').select('marker').whereRef('poll_id', '=', 'polls.id'),
      ),
    )
    .execute();
  const markers = open.map((poll) => pollMarker(hasher, poll.id, personId));
  const anonymous = markers.length
    ? await tx
        .selectFrom('poll_markers')
        .select(['answer_id as id', 'window_ends_at'])
        .where(
          'poll_id',
          'in',
          open.map((poll) => poll.id),
        )
        .where('marker', 'in', markers)
        .execute()
    : [];
  const windowed = (rows: { id: string; window_ends_at: Date | string | null }[]) =>
    // A named answer without a window end (none are written so) counts as still inside it.
    rows.map((r) => ({ id: r.id, windowEndsAt: new Date(r.window_ends_at ?? at.getTime() + 1) }));
  const namedPlan = planWithdrawal(windowed(named), at, erasure);
  const anonymousPlan = planWithdrawal(windowed(anonymous), at, erasure);
  const erase = [...namedPlan.erase, ...anonymousPlan.erase];
  if (erase.length > 0) {
    await tx.deleteFrom('poll_markers').where('answer_id', 'in', erase).execute();
    await tx.deleteFrom('poll_answers').where('id', 'in', erase).execute();
  }
  // Anonymous answers that stay carry no pseudonym either; only named ones count as kept.
  return { erased: erase.length, kept: namedPlan.keep.length };
}
