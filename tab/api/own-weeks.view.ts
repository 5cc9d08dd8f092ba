import { firstLine, sentLine, type MyLogboekWeek } from '../../cards/my-logboek.card';
import { goalNumbers } from '../../cards/logboek.card';
import { strings } from '../../cards/strings';
import type { Language } from '../../domain/language';
import type { OwnWeek } from '../dashboard.model';
import { weekStatus } from './week-marks';

/** `mijn logboek` for the tab: the viewer's own weeks, newest first, first lines only. */
export function ownWeeksView(weeks: readonly MyLogboekWeek[], language: Language): OwnWeek[] {
  const tags = strings(language).logboek.goalTags;
  return weeks.map((week) => {
    const written = week.kind === 'written' ? week : undefined;
    return {
      week: week.week,
      kind: week.kind,
      status: weekStatus(week.kind, language),
      writtenOn: written?.writtenOn ?? null,
      goals: goalNumbers.filter((goal) => written?.goals.includes(goal)).map((g) => tags[g]),
      firstLine:
        written?.text !== undefined
          ? firstLine(written.text)
          : sentLine(language, written?.sent) || null,
    };
  });
}
