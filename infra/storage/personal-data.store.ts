import type { Kysely } from 'kysely';
import type { PseudonymHasher } from '../crypto/pseudonym-hasher';
import type { ActionPointsStore } from './action-points.store';
import { conversationStateKey, userStateKey } from './bot-state-keys';
import type { CommitmentsStore } from './commitments.store';
import type { CheckInAgendaStore } from './check-in-agenda.store';
import type { AttachmentsStore } from './attachments.store';
import type { ContributionsStore } from './contributions.store';
import type { PollAnswersStore } from './poll-answers.store';
import type { PollsStore } from './polls.store';
import type { ReportAnswersStore } from './report-answers.store';
import type { KoersSchema } from './schema';

/**
 * `mijn gegevens`: everything Koers holds about one person, decrypted for them alone. The
 * tables are listed here one by one; tests/infra/storage/personal-data.store.test.ts fails
 * when a table that refers to people is added without being listed.
 */
export class PersonalDataStore {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly contributions: ContributionsStore,
    private readonly attachments: AttachmentsStore,
    private readonly hasher: PseudonymHasher,
    private readonly actionPoints: ActionPointsStore,
    private readonly commitments: CommitmentsStore,
    private readonly checkIns: CheckInAgendaStore,
    private readonly pollAnswers: PollAnswersStore,
    private readonly polls: PollsStore,
    private readonly reportAnswers: Pick<ReportAnswersStore, 'answersBy'>,
  ) {}

  async collect(personId: string, at: Date): Promise<Record<string, unknown>> {
    const db = this.db;
    const person = await db
      .selectFrom('people')
      .selectAll()
      .where('id', '=', personId)
      .executeTakeFirst();
    if (!person) return {};
    const members = await db
      .selectFrom('members')
      .innerJoin('organisations', 'organisations.id', 'members.organisation_id')
      .select([
        'members.id',
        'members.name',
        'members.email',
        'organisations.name as organisation',
        'organisations.study_id as studyId',
      ])
      .where('members.person_id', '=', personId)
      .execute();
    const memberIds = members.map((m) => m.id);
    const inMembers = <T>(query: () => Promise<T[]>) =>
      memberIds.length ? query() : Promise.resolve([]);
    const conversations = await db
      .selectFrom('conversations')
      .select(['id', 'scope', 'updated_at'])
      .where('person_id', '=', personId)
      .execute();
    const held = await this.contributions.listByPerson(personId);
    return {
      exportedAt: at.toISOString(),
      person,
      conversations,
      memberships: members,
      roles: await inMembers(() =>
        db.selectFrom('member_roles').selectAll().where('member_id', 'in', memberIds).execute(),
      ),
      coaching: await inMembers(() =>
        db
          .selectFrom('coach_assignments')
          .selectAll()
          .where((eb) =>
            eb.or([eb('coach_member_id', 'in', memberIds), eb('member_id', 'in', memberIds)]),
          )
          .execute(),
      ),
      buddies: await inMembers(() =>
        db
          .selectFrom('buddy_pairs')
          .selectAll()
          .where((eb) =>
            eb.or([
              eb('aanjager_member_id', 'in', memberIds),
              eb('maatje_member_id', 'in', memberIds),
            ]),
          )
          .execute(),
      ),
      consent: await db
        .selectFrom('consent_events')
        .innerJoin('studies', 'studies.id', 'consent_events.study_id')
        .select(['studies.name as study', 'choice', 'text_version', 'text_hash', 'language', 'at'])
        .where('person_id', '=', personId)
        .orderBy('seq')
        .execute(),
      recordingConsents: await db
        .selectFrom('recording_consents')
        .innerJoin('check_ins', 'check_ins.id', 'recording_consents.check_in_id')
        .select(['check_ins.starts_at as interview', 'choice', 'text_version', 'text_hash', 'at'])
        .where('person_id', '=', personId)
        .orderBy('check_ins.starts_at')
        .orderBy('seq')
        .execute(),
      oogstverslagen: {
        sentTo: await db
          .selectFrom('report_recipients')
          .select(['report_id', 'member_id'])
          .where('person_id', '=', personId)
          .execute(),
        answers: await this.reportAnswers.answersBy(personId),
      },
      contributions: await Promise.all(
        held.map(async (c) => ({
          ...c,
          attachments: (await this.attachments.attachmentsOf(c.id)).map((a) => ({
            fileName: a.fileName,
            contentType: a.contentType,
            base64: a.bytes.toString('base64'),
          })),
        })),
      ),
      pseudonyms: await inMembers(() =>
        db
          .selectFrom('pseudonyms')
          .select(['code', 'created_at'])
          .where((eb) =>
            eb.or(
              members.map((m) =>
                eb.and([
                  eb('study_id', '=', m.studyId),
                  eb('subject_hash', '=', this.hasher.subjectHash('member', m.studyId, m.id)),
                ]),
              ),
            ),
          )
          .execute(),
      ),
      logboekMoment: await db
        .selectFrom('logboek_settings')
        .selectAll()
        .where('person_id', '=', personId)
        .executeTakeFirst(),
      logboekWeeks: await db
        .selectFrom('logboek_weeks')
        .select(['week', 'status', 'prompted_at', 'remind_at', 'reminded_at'])
        .where('person_id', '=', personId)
        .orderBy('week')
        .execute(),
      logboekNextDue: await db
        .selectFrom('logboek_due')
        .select(['prompt_at', 'remind_at', 'remind_week'])
        .where('person_id', '=', personId)
        .executeTakeFirst(),
      actionPoints: await this.actionPoints.heldFor(personId),
      contactBudget: await db
        .selectFrom('contact_budget')
        .select(['week', 'source', 'at'])
        .where('person_id', '=', personId)
        .orderBy('week')
        .execute(),
      coachingCommitments: await this.commitments.recordedBy(personId),
      checkIns: await this.checkIns.heldFor(personId),
      pollsOwned: await this.polls.summariesOwnedBy(personId),
      // Named polls only: an anonymous answer holds nothing that leads back to its author.
      pollAnswers: await this.pollAnswers.heldFor(personId),
      coachCallsMade: await db
        .selectFrom('coach_calls')
        .innerJoin('people as called', 'called.id', 'coach_calls.person_id')
        .select(['called.name as person', 'week', 'called_at'])
        .where('coach_person_id', '=', personId)
        .orderBy('called_at')
        .execute(),
      // Who called is the coach's own record; the person sees that a call was noted, and when.
      coachCallsReceived: await db
        .selectFrom('coach_calls')
        .select(['week', 'called_at'])
        .where('person_id', '=', personId)
        .orderBy('called_at')
        .execute(),
      messages: await db
        .selectFrom('outbox')
        .select(['purpose', 'status', 'activity', 'created_at', 'sent_at'])
        .where((eb) =>
          eb.or([
            eb('person_id', '=', personId),
            ...(conversations.length
              ? [
                  eb(
                    'conversation_id',
                    'in',
                    conversations.map((c) => c.id),
                  ),
                ]
              : []),
          ]),
        )
        .execute(),
      botState: await db
        .selectFrom('bot_state')
        .select(['key', 'document'])
        .where((eb) =>
          eb.or([
            eb('key', '=', userStateKey('msteams', person.teams_user_id)),
            ...conversations.map((c) => eb('key', '=', conversationStateKey('msteams', c.id))),
          ]),
        )
        .execute(),
      audit: await db
        .selectFrom('audit_log')
        .select(['at', 'actor', 'action', 'subject', 'details'])
        .where((eb) =>
          eb.or([
            eb('actor', '=', `person:${personId}`),
            eb('subject', '=', `person:${personId}`),
            ...memberIds.map((id) => eb('subject', '=', `member:${id}`)),
          ]),
        )
        .orderBy('at')
        .execute(),
    };
  }
}
