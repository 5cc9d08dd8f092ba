import type { Kysely } from 'kysely';
import type { PollAnswer } from '../../domain/polls';
import type { FieldCipher } from '../crypto/field-cipher';
import { answerContext } from './poll-answers.store';
import type { KoersSchema } from './schema';

/** A closed poll of the study whose answers may go into the research export. */
export interface ClosedPoll {
  id: string;
  organisationId: string;
  anonymous: boolean;
  closedAt: Date;
  timeZone: string;
}

/** One exportable answer: the member for a named poll, nobody for an anonymous one. */
export interface ExportableAnswer {
  memberId: string | null;
  answer: PollAnswer;
}

/**
 * Poll answers as the research export may read them (C4-C6). Only closed polls. An anonymous
 * poll only once every marker is gone, so every answer's bedenktijd has ended, all at once and
 * dated by the closing: the export cannot be read for who answered when. A named answer after
 * its own bedenktijd.
 */
export class ResearchPollAnswers {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly cipher: FieldCipher,
  ) {}

  async closedPolls(studyId: string): Promise<ClosedPoll[]> {
    const rows = await this.db
      .selectFrom('polls')
      .innerJoin('organisations', 'organisations.id', 'polls.organisation_id')
      .select([
        'polls.id',
        'polls.organisation_id as organisationId',
        'polls.anonymous',
        'polls.closed_at as closedAt',
        'organisations.time_zone as timeZone',
      ])
      .where('organisations.study_id', '=', studyId)
      .where('polls.closed_at', 'is not', null)
      .where((eb) =>
        eb.or([
          eb('polls.anonymous', '=', 0),
          eb.not(
            eb.exists(
              eb.selectFrom('poll_markers').select('marker').whereRef('poll_id', '=', 'polls.id'),
            ),
          ),
        ]),
      )
      .orderBy('polls.created_at')
      .orderBy('polls.id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      organisationId: row.organisationId,
      anonymous: Number(row.anonymous) === 1,
      closedAt: new Date(row.closedAt ?? 0),
      timeZone: row.timeZone,
    }));
  }

  async answers(poll: ClosedPoll, at: Date): Promise<ExportableAnswer[]> {
    let query = this.db
      .selectFrom('poll_answers')
      .leftJoin('members', (join) =>
        join
          .onRef('members.person_id', '=', 'poll_answers.person_id')
          .on('members.organisation_id', '=', poll.organisationId),
      )
      .select(['poll_answers.id', 'content', 'key_id', 'members.id as memberId'])
      .where('poll_id', '=', poll.id)
      .orderBy('poll_answers.id');
    if (!poll.anonymous) query = query.where('window_ends_at', '<=', at.toISOString());
    const rows = await query.execute();
    return rows.map((row) => ({
      memberId: poll.anonymous ? null : row.memberId,
      answer: JSON.parse(
        this.cipher.decryptText({ keyId: row.key_id, data: row.content }, answerContext(row.id)),
      ) as PollAnswer,
    }));
  }
}
