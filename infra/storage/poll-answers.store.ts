import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { answerRight } from '../../domain/poll-anonymity.rules';
import type { AnswerOutcome, PollAnswer } from '../../domain/polls';
import { withdrawalWindowEnd } from '../../domain/consent.rules';
import { WorkingDays } from '../../domain/working-days';
import type { FieldCipher } from '../crypto/field-cipher';
import type { PseudonymHasher } from '../crypto/pseudonym-hasher';
import type { StorageKind } from './database';
import { latestConsent, lockPerson } from './person-lock';
import { pollTitleContext } from './polls.store';
import type { KoersSchema } from './schema';

export const answerContext = (id: string) => `poll_answers.content:${id}`;

/** Keyed hash of (poll, person); a withdrawal recomputes it to find an anonymous answer. */
export function pollMarker(hasher: PseudonymHasher, pollId: string, personId: string): string {
  return hasher.secretHash('poll-marker', `${pollId}:${personId}`);
}

/**
 * Answers to polls, sealed. An anonymous answer row holds only the poll and the sealed answers;
 * which person gave it is known only through `poll_markers`, a keyed hash (the pseudonym key,
 * outside the database) that closing deletes.
 */
export class PollAnswersStore {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly kind: StorageKind,
    private readonly cipher: FieldCipher,
    private readonly hasher: PseudonymHasher,
  ) {}

  /** One answer per person, changeable while open; nothing is stored without consent (C1). */
  async answer(pollId: string, personId: string, answer: PollAnswer, at: Date) {
    return this.db.transaction().execute(async (tx): Promise<AnswerOutcome> => {
      if (!(await lockPerson(tx, this.kind, personId))) return 'no-consent';
      const poll = await tx
        .selectFrom('polls')
        .innerJoin('organisations', 'organisations.id', 'polls.organisation_id')
        .innerJoin('studies', 'studies.id', 'organisations.study_id')
        .select([
          'polls.organisation_id',
          'polls.owner_person_id',
          'polls.answer_roles',
          'polls.anonymous',
          'polls.closes_at',
          'polls.closed_at',
          'study_id',
          'organisations.time_zone as timeZone',
          'studies.withdrawal_working_days as workingDays',
          'studies.extra_non_working_days as extraDays',
        ])
        .where('polls.id', '=', pollId)
        .executeTakeFirst();
      if (!poll || poll.closed_at !== null || new Date(poll.closes_at) <= at) return 'closed';
      const right = answerRight(
        {
          ownerPersonId: poll.owner_person_id,
          anonymous: poll.anonymous === 1,
          answerRoles: JSON.parse(poll.answer_roles) as string[],
        },
        personId,
        await rosterRoles(tx, poll.organisation_id, personId),
      );
      if (right !== 'may') return right;
      if ((await latestConsent(tx, personId, poll.study_id))?.choice !== 'given') {
        return 'no-consent';
      }
      const marker = this.marker(pollId, personId);
      const held = await tx
        .selectFrom('poll_markers')
        .select('answer_id')
        .where('poll_id', '=', pollId)
        .where('marker', '=', marker)
        .executeTakeFirst();
      const id = held?.answer_id ?? randomUUID();
      const sealed = this.cipher.encrypt(JSON.stringify(answer), answerContext(id));
      // Decision: a changed answer is submitted anew, so its bedenktijd starts again (C4).
      const windowEndsAt = withdrawalWindowEnd(at, {
        timeZone: poll.timeZone,
        workingDays: poll.workingDays,
        calendar: new WorkingDays(JSON.parse(poll.extraDays) as string[]),
      }).toISOString();
      const windowIfNamed = poll.anonymous === 1 ? null : windowEndsAt;
      if (held) {
        await tx
          .updateTable('poll_answers')
          .set({ content: sealed.data, key_id: sealed.keyId, window_ends_at: windowIfNamed })
          .where('id', '=', id)
          .execute();
        await tx
          .updateTable('poll_markers')
          .set({ window_ends_at: windowEndsAt })
          .where('poll_id', '=', pollId)
          .where('marker', '=', marker)
          .execute();
        return 'changed';
      }
      const personIdIfNamed = poll.anonymous === 1 ? null : personId;
      await tx
        .insertInto('poll_answers')
        .values({
          id,
          poll_id: pollId,
          person_id: personIdIfNamed,
          content: sealed.data,
          key_id: sealed.keyId,
          window_ends_at: windowIfNamed,
        })
        .execute();
      await tx
        .insertInto('poll_markers')
        .values({ poll_id: pollId, marker, answer_id: id, window_ends_at: windowEndsAt })
        .execute();
      return 'saved';
    });
  }

  async count(pollId: string): Promise<number> {
    const row = await this.db
      .selectFrom('poll_answers')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('poll_id', '=', pollId)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** This person's answer to an open poll, for their own view; only the key finds it. */
  async answerOf(pollId: string, personId: string): Promise<PollAnswer | undefined> {
    const row = await this.db
      .selectFrom('poll_markers')
      .innerJoin('poll_answers', 'poll_answers.id', 'poll_markers.answer_id')
      .select(['poll_answers.id', 'content', 'key_id'])
      .where('poll_markers.poll_id', '=', pollId)
      .where('marker', '=', this.marker(pollId, personId))
      .executeTakeFirst();
    return row && this.open(row);
  }

  /** Every answer to a poll, opened, in no meaningful order. */
  async answersTo(pollId: string): Promise<PollAnswer[]> {
    const rows = await this.db
      .selectFrom('poll_answers')
      .select(['id', 'content', 'key_id'])
      .where('poll_id', '=', pollId)
      .execute();
    return rows.map((row) => this.open(row));
  }

  /** A person's answers to named polls, for `mijn gegevens`; anonymous ones are not theirs to find. */
  async heldFor(personId: string) {
    const rows = await this.db
      .selectFrom('poll_answers')
      .innerJoin('polls', 'polls.id', 'poll_answers.poll_id')
      .select([
        'poll_answers.id',
        'content',
        'poll_answers.key_id',
        'polls.id as pollId',
        'polls.title',
        'polls.key_id as titleKeyId',
      ])
      .where('person_id', '=', personId)
      .execute();
    return rows.map((row) => ({
      poll: this.cipher.decryptText(
        { keyId: row.titleKeyId, data: row.title },
        pollTitleContext(row.pollId),
      ),
      answers: this.open(row),
    }));
  }

  private open(row: { id: string; content: string; key_id: string }): PollAnswer {
    const text = this.cipher.decryptText(
      { keyId: row.key_id, data: row.content },
      answerContext(row.id),
    );
    return JSON.parse(text) as PollAnswer;
  }

  private marker(pollId: string, personId: string): string {
    return pollMarker(this.hasher, pollId, personId);
  }
}

/** The person's roles on the organisation's roster, also before Koers linked the roster line. */
export async function rosterRoles(
  db: Kysely<KoersSchema>,
  organisationId: string,
  personId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('member_roles')
    .innerJoin('members', 'members.id', 'member_roles.member_id')
    .innerJoin('people', (join) =>
      join.on((eb) =>
        eb.or([
          eb('people.id', '=', eb.ref('members.person_id')),
          eb('people.aad_object_id', '=', eb.ref('members.aad_object_id')),
        ]),
      ),
    )
    .select('member_roles.role')
    .where('members.organisation_id', '=', organisationId)
    .where('people.id', '=', personId)
    .execute();
  return rows.map((row) => row.role);
}
