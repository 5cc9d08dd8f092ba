import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { planWithdrawal, type ConsentChoice, type ConsentEvent } from '../../domain/consent.rules';
import type {
  ConsentDecision,
  ContributionKind,
  ContributionMention,
  ConsentRegister,
  WithdrawalOutcome,
} from '../../domain/contributions';
import type { PseudonymHasher } from '../crypto/pseudonym-hasher';
import { writeAudit } from './audit.store';
import { conversationStateKey, userStateKey } from './bot-state-keys';
import type { StorageKind } from './database';
import { toStudy } from './organisations.store';
import { refreshDue } from './logboek-due';
import { latestConsent, lockPerson } from './person-lock';
import { withdrawPollAnswers } from './poll-withdrawal';
import { withdrawReportAnswers } from './report-withdrawal';
import type { KoersSchema } from './schema';

/** The consent register (C10) and withdrawal (C2, C4, C5), each one transaction. */
export class ConsentStore implements ConsentRegister {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly kind: StorageKind,
    private readonly pseudonyms: PseudonymHasher,
  ) {}

  latest(personId: string, studyId: string): Promise<ConsentEvent | undefined> {
    return latestConsent(this.db, personId, studyId);
  }

  async studiesOf(personId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('consent_events')
      .select('study_id')
      .distinct()
      .where('person_id', '=', personId)
      .orderBy('study_id')
      .execute();
    return rows.map((row) => row.study_id);
  }

  async decide(personId: string, studyId: string, decision: ConsentDecision, at: Date) {
    await this.db.transaction().execute(async (tx) => {
      await this.append(tx, personId, studyId, decision.choice, at, decision);
      await refreshDue(tx, [personId], at);
      await writeAudit(
        tx,
        {
          actor: `person:${personId}`,
          action: decision.choice === 'given' ? 'consent.given' : 'consent.declined',
          subject: `study:${studyId}`,
          details: { version: decision.textVersion },
        },
        at,
      );
    });
  }

  /**
   * Stops a person's taking part (C2, C4, C5). On SQLite the deleted rows would otherwise live on
   * in the write-ahead log until its next checkpoint: with secure_delete on (database.ts) the
   * checkpoint overwrites them, and TRUNCATE empties the log file.
   */
  async withdraw(personId: string, studyId: string, at: Date): Promise<WithdrawalOutcome> {
    const outcome = await this.erase(personId, studyId, at);
    if (this.kind === 'sqlite') await sql`pragma wal_checkpoint(TRUNCATE)`.execute(this.db);
    return outcome;
  }

  private async erase(personId: string, studyId: string, at: Date): Promise<WithdrawalOutcome> {
    return this.db.transaction().execute(async (tx) => {
      const study = toStudy(
        await tx
          .selectFrom('studies')
          .selectAll()
          .where('id', '=', studyId)
          .executeTakeFirstOrThrow(),
      );
      await this.append(tx, personId, studyId, 'withdrawn', at);
      await refreshDue(tx, [personId], at);
      const held = await tx
        .selectFrom('contributions')
        .innerJoin('organisations', 'organisations.id', 'contributions.organisation_id')
        .select(['contributions.id', 'kind', 'period', 'submitted_at', 'window_ends_at'])
        .select('organisations.time_zone')
        .where('person_id', '=', personId)
        .where('organisations.study_id', '=', studyId)
        .orderBy('submitted_at')
        .execute();
      const plan = planWithdrawal(
        held.map((c) => ({ id: c.id, windowEndsAt: new Date(c.window_ends_at) })),
        at,
        study.erasure,
      );
      const mentions = (ids: string[]) =>
        held.filter((c) => ids.includes(c.id)).map((c) => mentionOf(c));
      let files = 0;
      if (plan.erase.length > 0) {
        const deleted = await tx
          .deleteFrom('attachments')
          .where('contribution_id', 'in', plan.erase)
          .executeTakeFirst();
        files = Number(deleted.numDeletedRows);
        await tx.deleteFrom('contributions').where('id', 'in', plan.erase).execute();
      }
      const answers = await withdrawPollAnswers(
        tx,
        this.pseudonyms,
        { personId, studyId, erasure: study.erasure },
        at,
      );
      const reports = await withdrawReportAnswers(
        tx,
        { personId, studyId, erasure: study.erasure },
        at,
      );
      await this.forgetTraces(tx, personId);
      if (study.erasure === 'full') await this.forgetPseudonyms(tx, personId, studyId);
      await writeAudit(
        tx,
        {
          actor: `person:${personId}`,
          action: 'consent.withdrawn',
          subject: `study:${studyId}`,
          details: {
            erased: plan.erase.length,
            filesErased: files,
            kept: plan.keep.length,
            pollAnswersErased: answers.erased,
            pollAnswersKept: answers.kept,
            reportAnswersErased: reports.erased,
            reportAnswersKept: reports.kept,
            erasure: study.erasure,
          },
        },
        at,
      );
      return {
        erasure: study.erasure,
        erased: {
          contributions: mentions(plan.erase),
          files,
          pollAnswers: answers.erased,
          reportAnswers: reports.erased,
        },
        kept: {
          contributions: mentions(plan.keep),
          pollAnswers: answers.kept,
          reportAnswers: reports.kept,
        },
      };
    });
  }

  private async append(
    tx: Kysely<KoersSchema>,
    personId: string,
    studyId: string,
    choice: ConsentChoice,
    at: Date,
    decision?: ConsentDecision,
  ): Promise<void> {
    if (!(await lockPerson(tx, this.kind, personId))) throw new Error('Unknown person.');
    const previous = await latestConsent(tx, personId, studyId);
    await tx
      .insertInto('consent_events')
      .values({
        id: randomUUID(),
        person_id: personId,
        study_id: studyId,
        seq: (previous?.seq ?? 0) + 1,
        choice,
        text_version: decision?.textVersion ?? null,
        text_hash: decision?.textHash ?? null,
        language: decision?.language ?? null,
        at: at.toISOString(),
      })
      .execute();
  }

  /**
   * Queued and sent messages may quote what the person wrote, and bot state may hold a
   * half-finished card; neither outlives a withdrawal. Collection stops, so nothing queued stays.
   */
  private async forgetTraces(tx: Kysely<KoersSchema>, personId: string): Promise<void> {
    const person = await tx
      .selectFrom('people')
      .select('teams_user_id')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    const chats = await tx
      .selectFrom('conversations')
      .select(['id', 'reference'])
      .where('person_id', '=', personId)
      .execute();
    const chatIds = chats.map((chat) => chat.id);
    await tx
      .deleteFrom('outbox')
      .where((eb) =>
        eb.or([
          eb('person_id', '=', personId),
          ...(chatIds.length ? [eb('conversation_id', 'in', chatIds)] : []),
        ]),
      )
      .execute();
    const channelOf = (reference: string) =>
      (JSON.parse(reference) as { channelId?: string }).channelId ?? 'msteams';
    const channels = new Set(['msteams', ...chats.map((chat) => channelOf(chat.reference))]);
    const keys = [
      ...[...channels].map((channel) => userStateKey(channel, person.teams_user_id)),
      ...chats.map((chat) => conversationStateKey(channelOf(chat.reference), chat.id)),
    ];
    await tx.deleteFrom('bot_state').where('key', 'in', keys).execute();
  }

  private async forgetPseudonyms(tx: Kysely<KoersSchema>, personId: string, studyId: string) {
    const members = await tx
      .selectFrom('members')
      .innerJoin('organisations', 'organisations.id', 'members.organisation_id')
      .select('members.id')
      .where('members.person_id', '=', personId)
      .where('organisations.study_id', '=', studyId)
      .execute();
    if (members.length === 0) return;
    await tx
      .deleteFrom('pseudonyms')
      .where('study_id', '=', studyId)
      .where('subject_kind', '=', 'member')
      .where(
        'subject_hash',
        'in',
        members.map((m) => this.pseudonyms.subjectHash('member', studyId, m.id)),
      )
      .execute();
  }
}

function mentionOf(row: {
  kind: string;
  period: string | null;
  submitted_at: Date | string;
  time_zone: string;
}): ContributionMention {
  return {
    kind: row.kind as ContributionKind,
    period: row.period,
    submittedAt: new Date(row.submitted_at),
    timeZone: row.time_zone,
  };
}
