import type { OpenAction } from '../cards/action-line';
import { actionLine } from '../cards/action-line';
import type { ProgressCardModel, ProgressLine } from '../cards/progress.card';
import { dayText, whenText } from '../cards/check-in-when';
import { strings } from '../cards/strings';
import { allows, type Viewer } from '../domain/access.rules';
import type { Language } from '../domain/language';
import type { HolidayPeriod } from '../domain/organisations';
import {
  firstShownWeek,
  progressState,
  PROGRESS_WEEKS,
  weeksWritten,
  type WeekFact,
} from '../domain/progress';
import { logboekRoles, type Role } from '../domain/roles';
import type { ProgressRow } from '../domain/progress';

/** Where the overview's facts come from; the stores implement these (services/progress-sources.ts). */
export interface ProgressSources {
  members(memberIds: readonly string[]): Promise<ProgressRow[]>;
  weeks(personIds: readonly string[], firstWeek: string): Promise<Map<string, WeekFact[]>>;
  lastContributions(personIds: readonly string[]): Promise<Map<string, Date>>;
  openCounts(personIds: readonly string[]): Promise<Map<string, number>>;
  openFor(personIds: readonly string[]): Promise<OpenAction[]>;
  holidays(organisationId: string): Promise<HolidayPeriod[]>;
  nextCheckIns(personIds: readonly string[], at: Date): Promise<Map<string, Date>>;
  lastCalls(personIds: readonly string[]): Promise<Map<string, Date>>;
  commitment(organisationId: string): Promise<{ hours: string; dagdelen: string }>;
}

const takesPart = (row: ProgressRow) => row.personId !== null && row.consent === 'given';

/**
 * Builds `voortgang`: a teamcoach gets everyone they coach (through the role rules), anyone who
 * keeps a logboek their own line. Only facts: weeks, dates, counts, never an entry's text.
 */
export class ProgressOverview {
  constructor(private readonly sources: ProgressSources) {}

  /** The members a viewer sees as a teamcoach; empty when they coach nobody or are no coach. */
  coachedBy(viewer: Viewer): string[] {
    const coachOf = viewer.memberships.filter((m) => m.roles.includes('teamcoach'));
    return [...new Set(coachOf.flatMap((m) => m.caseload))];
  }

  async build(viewer: Viewer, language: Language, at: Date): Promise<ProgressCardModel | null> {
    const isCoach = viewer.memberships.some((m) => m.roles.includes('teamcoach'));
    const own = viewer.memberships.filter((m) => m.roles.some((r) => logboekRoles.includes(r)));
    if (!isCoach && own.length === 0) return null;
    const memberIds = isCoach ? this.coachedBy(viewer) : own.map((m) => m.memberId);
    const rows = (await this.sources.members(memberIds)).filter((row) =>
      allows(viewer, {
        action: 'read-progress',
        subject: {
          personId: row.personId ?? '',
          memberId: row.memberId,
          organisationId: row.organisationId,
        },
      }),
    );
    const lines = await this.lines(rows, language, at);
    const organisations = isCoach
      ? viewer.memberships.filter((m) => m.roles.includes('teamcoach'))
      : own;
    const names = new Map(rows.map((r) => [r.organisationId, r.organisationName]));
    const commitments = await Promise.all(
      [...new Set(organisations.map((m) => m.organisationId))]
        .filter((id) => names.has(id))
        .map(async (id) => ({
          organisation: names.get(id) ?? '',
          ...(await this.sources.commitment(id)),
        })),
    );
    const ownActions = isCoach
      ? []
      : (await this.sources.openFor([viewer.personId])).map((a) => actionLine(a, language));
    return { language, view: isCoach ? 'coach' : 'own', lines, commitments, ownActions };
  }

  private async lines(rows: ProgressRow[], language: Language, at: Date): Promise<ProgressLine[]> {
    const people = rows.filter(takesPart).map((r) => r.personId ?? '');
    const zone = rows[0]?.timeZone ?? 'UTC';
    const weeks = await this.sources.weeks(people, firstShownWeek(at, zone));
    const last = await this.sources.lastContributions(people);
    const open = await this.sources.openCounts(people);
    const next = await this.sources.nextCheckIns(people, at);
    const calls = await this.sources.lastCalls(people);
    const holidays = new Map<string, HolidayPeriod[]>();
    for (const id of new Set(rows.map((r) => r.organisationId))) {
      holidays.set(id, await this.sources.holidays(id));
    }
    const t = strings(language);
    return rows.map((row) => {
      const personId = row.personId ?? '';
      const nextAt = next.get(personId);
      const own = weeks.get(personId) ?? [];
      const day = (date: Date | undefined) => date && dayText(date, language, row.timeZone);
      const role = row.roles.find((r): r is Role => logboekRoles.includes(r)) ?? row.roles[0];
      return {
        memberId: row.memberId,
        name: row.name,
        role: role ? t.roles[role] : '',
        takesPart: takesPart(row),
        weeksWritten: weeksWritten(own, at, row.timeZone),
        weeksShown: PROGRESS_WEEKS,
        lastEntry: day(last.get(personId)) ?? null,
        openActions: open.get(personId) ?? 0,
        nextCheckIn: nextAt ? whenText(nextAt, language, row.timeZone) : null,
        state: progressState({
          at,
          timeZone: row.timeZone,
          holidays: holidays.get(row.organisationId) ?? [],
          pausedUntil: row.pausedUntil,
          weeks: own,
        }),
        pausedUntil:
          row.pausedUntil && dayText(new Date(`${row.pausedUntil}T12:00:00Z`), language, 'UTC'),
        calledOn: day(calls.get(personId)) ?? null,
      };
    });
  }
}
