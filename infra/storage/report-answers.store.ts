import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { mayContribute, withdrawalWindowEnd } from '../../domain/consent.rules';
import {
  everyoneAgreed,
  memberCheck,
  takesAnswers,
  type ReportAnswer,
  type ReportAnswerOutcome,
  type Verdict,
} from '../../domain/reports';
import { WorkingDays } from '../../domain/working-days';
import type { FieldCipher } from '../crypto/field-cipher';
import type { StorageKind } from './database';
import { latestConsent, lockPerson } from './person-lock';
import type { ReportsStore } from './reports.store';
import type { KoersSchema } from './schema';

/**
 * The member check's answers. A comment is a contribution: written only with consent (C1), in
 * the same transaction as the check, sealed (C8), and dated for its bedenktijd (C4).
 */
export class ReportAnswersStore {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly kind: StorageKind,
    private readonly cipher: FieldCipher,
    private readonly reports: ReportsStore,
  ) {}

  /**
   * A person's answer to the current version; a second answer replaces the first. When it makes
   * everyone agree, the version is frozen as the approved one in the same transaction.
   */
  async answer(
    versionId: string,
    personId: string,
    answer: { verdict: Verdict; comment: string | null },
    at: Date,
  ): Promise<ReportAnswerOutcome> {
    const report = await this.reports.forVersion(versionId);
    if (!report) return { stored: false, reason: 'unknown' };
    return this.db.transaction().execute(async (tx) => {
      await lockPerson(tx, this.kind, personId);
      const recipients = await tx
        .selectFrom('report_recipients')
        .select('person_id')
        .where('report_id', '=', report.id)
        .execute();
      const everyone = recipients.map((r) => r.person_id);
      if (!everyone.includes(personId)) return { stored: false, reason: 'not-sent' } as const;
      const frozen = await tx
        .selectFrom('reports')
        .select('approved_version_id')
        .where('id', '=', report.id)
        .executeTakeFirstOrThrow();
      const fresh = { ...report, approvedVersionId: frozen.approved_version_id };
      if (!takesAnswers(fresh, versionId)) return { stored: false, reason: 'closed' } as const;
      if (!mayContribute(await latestConsent(tx, personId, report.studyId))) {
        return { stored: false, reason: 'no-consent' } as const;
      }
      const windowEndsAt = await this.windowEnd(tx, report.organisationId, at);
      await tx
        .deleteFrom('report_answers')
        .where('version_id', '=', versionId)
        .where('person_id', '=', personId)
        .execute();
      const id = randomUUID();
      const sealed = this.cipher.encrypt(answer.comment ?? '', commentContext(id));
      await tx
        .insertInto('report_answers')
        .values({
          id,
          version_id: versionId,
          person_id: personId,
          verdict: answer.verdict,
          comment: answer.comment === null ? null : sealed.data,
          key_id: sealed.keyId,
          answered_at: at.toISOString(),
          window_ends_at: windowEndsAt.toISOString(),
        })
        .execute();
      const verdicts = await tx
        .selectFrom('report_answers')
        .select(['person_id', 'verdict'])
        .where('version_id', '=', versionId)
        .execute();
      const statuses = memberCheck(
        everyone,
        verdicts.map((v) => ({ versionId, personId: v.person_id, verdict: v.verdict as Verdict })),
        versionId,
      );
      const approved = everyoneAgreed(statuses) && (await this.reports.freeze(tx, report.id, at));
      return { stored: true, approved, windowEndsAt } as const;
    });
  }

  /** Every answer to a report's versions, comments decrypted. */
  async answersTo(reportId: string): Promise<ReportAnswer[]> {
    return this.answersWhere('report_versions.report_id', reportId);
  }

  /** Every answer one person gave, comments decrypted (for `mijn gegevens`). */
  async answersBy(personId: string): Promise<ReportAnswer[]> {
    return this.answersWhere('report_answers.person_id', personId);
  }

  private async answersWhere(
    column: 'report_versions.report_id' | 'report_answers.person_id',
    value: string,
  ): Promise<ReportAnswer[]> {
    const rows = await this.db
      .selectFrom('report_answers')
      .innerJoin('report_versions', 'report_versions.id', 'report_answers.version_id')
      .selectAll('report_answers')
      .where(column, '=', value)
      .orderBy('report_answers.answered_at')
      .execute();
    return rows.map((row) => ({
      versionId: row.version_id,
      personId: row.person_id,
      verdict: row.verdict as Verdict,
      comment: openComment(this.cipher, row),
      answeredAt: new Date(row.answered_at),
      windowEndsAt: new Date(row.window_ends_at),
    }));
  }

  private async windowEnd(tx: Kysely<KoersSchema>, organisationId: string, at: Date) {
    const place = await tx
      .selectFrom('organisations')
      .innerJoin('studies', 'studies.id', 'organisations.study_id')
      .select([
        'organisations.time_zone',
        'studies.withdrawal_working_days',
        'studies.extra_non_working_days',
      ])
      .where('organisations.id', '=', organisationId)
      .executeTakeFirstOrThrow();
    return withdrawalWindowEnd(at, {
      timeZone: place.time_zone,
      workingDays: place.withdrawal_working_days,
      calendar: new WorkingDays(JSON.parse(place.extra_non_working_days) as string[]),
    });
  }
}

const commentContext = (answerId: string) => `report_answers.comment:${answerId}`;

/** An answer's comment, decrypted; null when the person only agreed. */
export function openComment(
  cipher: FieldCipher,
  row: { id: string; comment: string | null; key_id: string },
): string | null {
  if (row.comment === null) return null;
  return cipher.decryptText({ keyId: row.key_id, data: row.comment }, commentContext(row.id));
}
