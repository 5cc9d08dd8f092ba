import { strings } from '../../cards/strings';
import { lastIsoWeeks } from '../../dialogs/logboek-history';
import { isoWeekId } from '../../domain/iso-week';
import type { Language } from '../../domain/language';
import { PROGRESS_WEEKS, type WeekFact } from '../../domain/progress';
import type { WeekKind, WeekMark } from '../dashboard.model';
import { tabStrings } from './tab-strings';

/** How a recorded week reads on the dashboard; prompted, stopped and unrecorded weeks are empty. */
export function weekKind(status: string | undefined): WeekKind {
  if (status === 'written' || status === 'skipped' || status === 'quiet') return status;
  return 'nothing';
}

export function weekStatus(kind: WeekKind, language: Language): string {
  const t = strings(language).myLogboek;
  const words = { written: tabStrings(language).written, skipped: t.skipped, quiet: t.quiet };
  return kind === 'nothing' ? t.nothing : words[kind];
}

/** The last eight weeks of one person, oldest first, in their organisation's time zone. */
export function weekMarks(
  facts: readonly WeekFact[],
  at: Date,
  timeZone: string,
  language: Language,
): WeekMark[] {
  const statuses = new Map(facts.map((fact) => [fact.week, fact.status]));
  return lastIsoWeeks(at, timeZone, PROGRESS_WEEKS)
    .reverse()
    .map((week) => {
      const kind = weekKind(statuses.get(isoWeekId(week)));
      const label = `${strings(language).myLogboek.week(week.week)} · ${weekStatus(kind, language)}`;
      return { week: week.week, kind, label };
    });
}
