import type { Kysely } from 'kysely';
import { reminderDue, type ReportVersion } from '../../domain/reports';
import type { KoersSchema } from './schema';
import { toVersion } from './reports.store';

export interface ReminderDue {
  reportId: string;
  organisationId: string;
  version: ReportVersion;
  /** People it went to who have not answered this version and still take part. */
  personIds: string[];
}

/** What the reminder planner reads and marks: one reminder per version, ever. */
export class ReportRemindersStore {
  constructor(private readonly db: Kysely<KoersSchema>) {}

  async due(at: Date): Promise<ReminderDue[]> {
    const rows = await this.db
      .selectFrom('report_versions')
      .innerJoin('reports', 'reports.id', 'report_versions.report_id')
      .selectAll('report_versions')
      .select('reports.organisation_id')
      .where('report_versions.reminded_at', 'is', null)
      .where('report_versions.closed_at', 'is', null)
      .where('reports.approved_version_id', 'is', null)
      .where('report_versions.answer_until', '>', at.toISOString())
      .execute();
    const due: ReminderDue[] = [];
    for (const row of rows) {
      const version = toVersion(row);
      if (!reminderDue(version, at)) continue;
      due.push({
        reportId: row.report_id,
        organisationId: row.organisation_id,
        version,
        personIds: await this.unanswered(row.report_id, row.id),
      });
    }
    return due;
  }

  /** Marks the version reminded; false when another pass did so first. */
  async claim(versionId: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('report_versions')
      .set({ reminded_at: at.toISOString() })
      .where('id', '=', versionId)
      .where('reminded_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  private async unanswered(reportId: string, versionId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('report_recipients')
      .innerJoin('reports', 'reports.id', 'report_recipients.report_id')
      .select('report_recipients.person_id')
      .where('report_recipients.report_id', '=', reportId)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('report_answers')
              .select('report_answers.id')
              .where('report_answers.version_id', '=', versionId)
              .whereRef('report_answers.person_id', '=', 'report_recipients.person_id'),
          ),
        ),
      )
      // Only who still takes part: the latest consent event is 'given'.
      .where((eb) =>
        eb(
          eb
            .selectFrom('consent_events')
            .select('consent_events.choice')
            .whereRef('consent_events.person_id', '=', 'report_recipients.person_id')
            .whereRef('consent_events.study_id', '=', 'reports.study_id')
            .orderBy('consent_events.seq', 'desc')
            .limit(1),
          '=',
          'given',
        ),
      )
      .orderBy('report_recipients.person_id')
      .execute();
    return rows.map((r) => r.person_id);
  }
}
