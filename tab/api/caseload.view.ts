import { progressFacts, type ProgressCardModel } from '../../cards/progress.card';
import { strings } from '../../cards/strings';
import type { ProgressSources } from '../../dialogs/progress-overview';
import { firstShownWeek } from '../../domain/progress';
import type { CaseloadPerson } from '../dashboard.model';
import { weekMarks } from './week-marks';

/**
 * A teamcoach's caseload for the tab: the `voortgang` lines (already filtered by the role rules)
 * with each person's last eight weeks. Someone without consent shows only that they do not take
 * part; their weeks are not read.
 */
export async function caseloadView(
  model: ProgressCardModel,
  sources: Pick<ProgressSources, 'members' | 'weeks'>,
  at: Date,
): Promise<CaseloadPerson[]> {
  const { language } = model;
  const taking = model.lines.filter((line) => line.takesPart);
  const rows = await sources.members(taking.map((line) => line.memberId));
  const rowOf = new Map(rows.map((row) => [row.memberId, row]));
  const personIds = rows.flatMap((row) => (row.personId ? [row.personId] : []));
  const zone = rows[0]?.timeZone ?? 'UTC';
  const weeks = await sources.weeks(personIds, firstShownWeek(at, zone));
  return model.lines.map((line) => {
    const row = line.takesPart ? rowOf.get(line.memberId) : undefined;
    return {
      name: line.name,
      role: line.role,
      takesPart: line.takesPart,
      weeksWritten: line.weeksWritten,
      weeksShown: line.weeksShown,
      facts: line.takesPart
        ? progressFacts(language, line)
        : [strings(language).progress.notTakingPart],
      weeks: row?.personId
        ? weekMarks(weeks.get(row.personId) ?? [], at, row.timeZone, language)
        : [],
    };
  });
}
