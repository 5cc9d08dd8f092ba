import type { OutboxDraft } from '../domain/messages';
import type { Planner } from '../infra/delivery/scheduler-pass';
import type { ReportRemindersStore } from '../infra/storage/report-reminders.store';
import type { ReportsStore } from '../infra/storage/reports.store';
import { reportDrafts, type ReportMessageDeps } from '../services/report-messages';

/**
 * The one reminder an oogstverslag's version may get (domain.md: at most one per prompt): two
 * days before its deadline, to whoever it went to and has not answered it yet. The version is
 * marked reminded before anything is queued, so a crash in between loses a reminder rather
 * than sending two, and of two instances only the one that marked it sends.
 */
export class ReportReminderPlanner implements Planner {
  readonly name = 'report-reminder';

  constructor(
    private readonly deps: ReportMessageDeps & {
      reminders: Pick<ReportRemindersStore, 'due' | 'claim'>;
      reports: Pick<ReportsStore, 'get' | 'text'>;
    },
  ) {}

  async plan(at: Date): Promise<OutboxDraft[]> {
    const drafts: OutboxDraft[] = [];
    for (const due of await this.deps.reminders.due(at)) {
      if (!(await this.deps.reminders.claim(due.version.id, at))) continue;
      const report = await this.deps.reports.get(due.reportId);
      if (!report) continue;
      drafts.push(
        ...(await reportDrafts(
          this.deps,
          report,
          due.version,
          due.personIds,
          at,
          'report-reminder',
        )),
      );
    }
    return drafts;
  }
}
