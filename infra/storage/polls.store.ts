import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { defaultAnswerRoles } from '../../domain/poll-anonymity.rules';
import {
  minAnswersOf,
  shuffled,
  type NewPoll,
  type Poll,
  type PollQuestion,
} from '../../domain/polls';
import type { FieldCipher } from '../crypto/field-cipher';
import type { KoersSchema } from './schema';
import type { PollsTable } from './schema-polls';

export const pollTitleContext = (id: string) => `polls.title:${id}`;
const questionContext = (id: string) => `poll_questions.text:${id}`;

const random = () => randomInt(2 ** 32) / 2 ** 32;

/**
 * PostgreSQL keeps rows in the order they were written, which is the order people answered.
 * Closing writes the poll's answers and markers anew in random order, so what is stored no
 * longer follows it (SQLite keeps them WITHOUT ROWID, in the order of their random ids).
 */
async function rewriteInRandomOrder(tx: Kysely<KoersSchema>, pollId: string): Promise<void> {
  const answers = await tx
    .selectFrom('poll_answers')
    .selectAll()
    .where('poll_id', '=', pollId)
    .execute();
  const markers = await tx
    .selectFrom('poll_markers')
    .selectAll()
    .where('poll_id', '=', pollId)
    .execute();
  if (answers.length === 0) return;
  // Deleting the answers deletes their markers too (on delete cascade).
  await tx.deleteFrom('poll_answers').where('poll_id', '=', pollId).execute();
  const instant = (value: Date | string) => new Date(value).toISOString();
  await tx
    .insertInto('poll_answers')
    .values(
      shuffled(answers, random).map((a) => ({
        ...a,
        window_ends_at: a.window_ends_at === null ? null : instant(a.window_ends_at),
      })),
    )
    .execute();
  if (markers.length > 0) {
    await tx
      .insertInto('poll_markers')
      .values(
        shuffled(markers, random).map((m) => ({ ...m, window_ends_at: instant(m.window_ends_at) })),
      )
      .execute();
  }
}

/** Polls and their questions, title and question texts sealed; answers live in PollAnswersStore. */
export class PollsStore {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly cipher: FieldCipher,
  ) {}

  /** k comes from the organisation's setting at creation, so a later change does not move it. */
  async create(poll: NewPoll, at: Date): Promise<Poll> {
    const id = randomUUID();
    const title = this.cipher.encrypt(poll.title, pollTitleContext(id));
    await this.db.transaction().execute(async (tx) => {
      const organisation = await tx
        .selectFrom('organisations')
        .select('poll_min_answers')
        .where('id', '=', poll.organisationId)
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('polls')
        .values({
          id,
          organisation_id: poll.organisationId,
          owner_person_id: poll.ownerPersonId,
          title: title.data,
          key_id: title.keyId,
          anonymous: poll.anonymous ? 1 : 0,
          min_answers: minAnswersOf(organisation.poll_min_answers),
          answer_roles: JSON.stringify(defaultAnswerRoles),
          audience: poll.audience,
          conversation_id: poll.conversationId,
          activity_id: null,
          closes_at: poll.closesAt.toISOString(),
          closed_at: null,
          created_at: at.toISOString(),
        })
        .execute();
      await tx
        .insertInto('poll_questions')
        .values(
          poll.questions.map((q, position) => {
            const questionId = randomUUID();
            const text = this.cipher.encrypt(q.text, questionContext(questionId));
            return {
              id: questionId,
              poll_id: id,
              position,
              kind: q.kind,
              text: text.data,
              key_id: text.keyId,
              choices: JSON.stringify(q.choices),
            };
          }),
        )
        .execute();
    });
    const created = await this.get(id);
    if (!created) throw new Error('The poll was not stored.');
    return created;
  }

  async get(id: string): Promise<Poll | undefined> {
    const row = await this.db
      .selectFrom('polls')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && this.withQuestions(row);
  }

  /** The owner's most recent polls, newest first. */
  async ownedBy(personId: string, limit: number): Promise<Poll[]> {
    const rows = await this.db
      .selectFrom('polls')
      .selectAll()
      .where('owner_person_id', '=', personId)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
    return Promise.all(rows.map((row) => this.withQuestions(row)));
  }

  /** The owner's polls, oldest first, for `mijn gegevens`: what they asked and when. */
  async summariesOwnedBy(personId: string) {
    const rows = await this.db
      .selectFrom('polls')
      .select(['id', 'title', 'key_id', 'anonymous', 'closes_at', 'closed_at', 'created_at'])
      .where('owner_person_id', '=', personId)
      .orderBy('created_at')
      .execute();
    return rows.map(({ key_id, ...row }) => ({
      ...row,
      title: this.open(row.title, key_id, pollTitleContext(row.id)),
    }));
  }

  /** k for the organisation's next polls; false when there is no such organisation. */
  async setMinAnswers(organisationId: string, k: number): Promise<boolean> {
    const result = await this.db
      .updateTable('organisations')
      .set({ poll_min_answers: minAnswersOf(k) })
      .where('id', '=', organisationId)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async minAnswersByOrganisation(): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('organisations')
      .select(['id', 'poll_min_answers'])
      .execute();
    return new Map(rows.map((r) => [r.id, minAnswersOf(r.poll_min_answers)]));
  }

  async setActivity(id: string, activityId: string): Promise<void> {
    await this.db
      .updateTable('polls')
      .set({ activity_id: activityId })
      .where('id', '=', id)
      .execute();
  }

  /** Polls past their closing time that were not closed yet. */
  async dueToClose(at: Date): Promise<Poll[]> {
    const rows = await this.db
      .selectFrom('polls')
      .selectAll()
      .where('closed_at', 'is', null)
      .where('closes_at', '<=', at.toISOString())
      .execute();
    return Promise.all(rows.map((row) => this.withQuestions(row)));
  }

  /**
   * Closes once (false when it already was). The markers stay until each answer's own bedenktijd
   * ends (PollMarkersStore.expire), so stopping inside it still finds the answer (C4).
   */
  async close(id: string, at: Date): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const result = await tx
        .updateTable('polls')
        .set({ closed_at: at.toISOString() })
        .where('id', '=', id)
        .where('closed_at', 'is', null)
        .executeTakeFirst();
      const closed = result.numUpdatedRows > 0n;
      if (closed) await rewriteInRandomOrder(tx, id);
      return closed;
    });
  }

  /**
   * Deletes the markers of closed polls whose bedenktijd has ended: from then on not even the
   * key ties an anonymous answer to a person. An open poll keeps them, so that each person still
   * has one answer to change. Returns how many went.
   */
  async expireMarkers(at: Date): Promise<number> {
    const closed = this.db.selectFrom('polls').select('id').where('closed_at', 'is not', null);
    const result = await this.db
      .deleteFrom('poll_markers')
      .where('window_ends_at', '<=', at.toISOString())
      .where('poll_id', 'in', closed)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  private async withQuestions(row: Selectable<PollsTable>): Promise<Poll> {
    const questions = await this.db
      .selectFrom('poll_questions')
      .selectAll()
      .where('poll_id', '=', row.id)
      .orderBy('position')
      .execute();
    return {
      id: row.id,
      organisationId: row.organisation_id,
      ownerPersonId: row.owner_person_id,
      title: this.open(row.title, row.key_id, pollTitleContext(row.id)),
      anonymous: row.anonymous === 1,
      minAnswers: row.min_answers,
      answerRoles: JSON.parse(row.answer_roles) as string[],
      audience: row.audience === 'people' ? 'people' : 'conversation',
      conversationId: row.conversation_id,
      activityId: row.activity_id,
      closesAt: new Date(row.closes_at),
      closedAt: row.closed_at === null ? null : new Date(row.closed_at),
      createdAt: new Date(row.created_at),
      questions: questions.map((q): PollQuestion => ({
        kind: q.kind as PollQuestion['kind'],
        text: this.open(q.text, q.key_id, questionContext(q.id)),
        choices: JSON.parse(q.choices) as string[],
      })),
    };
  }

  private open(data: string, keyId: string, context: string): string {
    return this.cipher.decryptText({ keyId, data }, context);
  }
}
