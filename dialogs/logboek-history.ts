import { z } from 'zod';
import type { LogboekWeekModel } from '../cards/logboek-week.card';
import type { LogboekRole, QuestionId } from '../cards/logboek.card';
import type { MyLogboekWeek } from '../cards/my-logboek.card';
import { allows } from '../domain/access.rules';
import type { Contribution } from '../domain/contributions';
import {
  firstDayOfIsoWeek,
  isoWeekId,
  isoWeekOf,
  parseIsoWeekId,
  weekOfInstant,
  type IsoWeek,
} from '../domain/iso-week';
import type { Language } from '../domain/language';
import { addDays } from '../domain/local-date';
import type { Person } from '../domain/people';
import type { Participation } from './participation';

/** What reading a logboek back needs from storage; the logboek and contributions stores. */
export interface LogboekShelf {
  weeks: {
    recentWeeks(personId: string, limit?: number): Promise<{ week: string; status: string }[]>;
  };
  contributions: {
    listInPeriods(personId: string, periods: readonly string[]): Promise<Contribution[]>;
  };
  attachments: {
    fileListOf(
      contributionIds: readonly string[],
    ): Promise<{ contributionId: string; fileName: string; sizeBytes: number }[]>;
    fileTypesOf(
      contributionIds: readonly string[],
    ): Promise<{ contributionId: string; contentType: string }[]>;
  };
}

export const OVERVIEW_WEEKS = 8;

const questionIds: readonly QuestionId[] = ['q1', 'q2', 'q3', 'q4', 'q5'];
const answersSchema = z
  .object({
    q1: z.string().optional(),
    q2: z.string().optional(),
    q3: z.string().optional(),
    q4: z.string().optional(),
    q5: z.string().optional(),
  })
  .catch({});

/** This week and the ones before it, newest first, as the clocks in `timeZone` count them. */
export function lastIsoWeeks(at: Date, timeZone: string, count: number): IsoWeek[] {
  const { year, week } = weekOfInstant(at, timeZone);
  const monday = firstDayOfIsoWeek(year, week);
  return Array.from({ length: count }, (_, index) => isoWeekOf(addDays(monday, -7 * index)));
}

/** A person's own logboek read back: the weeks at a glance, and one week in full. */
export class LogboekHistory {
  constructor(
    private readonly participation: Participation,
    private readonly shelf: LogboekShelf,
  ) {}

  async overview(person: Person, timeZone: string, language: Language): Promise<MyLogboekWeek[]> {
    const weeks = lastIsoWeeks(this.participation.now(), timeZone, OVERVIEW_WEEKS);
    const weekIds = weeks.map((week) => isoWeekId(week));
    const mine = await this.readable(person, weekIds);
    const records = await this.shelf.weeks.recentWeeks(person.id, OVERVIEW_WEEKS);
    const statuses = new Map(records.map((record) => [record.week, record.status]));
    const day = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'short',
      timeZone,
    });
    const sent = await this.sentPerWeek(mine);
    return weeks.map(({ week }, index): MyLogboekWeek => {
      const weekId = weekIds[index] ?? '';
      const { entry, notes } = ofWeek(mine, weekId);
      const first = entry ?? notes[0];
      if (!first) return { week, weekId, kind: statusKind(statuses.get(weekId)) };
      const answers = entry ? answersOf(entry) : {};
      const texts = [...questionIds.map((id) => answers[id]), ...notes.map((note) => note.text)];
      const text = texts.find((t): t is string => t !== undefined && t.trim() !== '');
      return {
        week,
        weekId,
        kind: 'written',
        writtenOn: day.format(first.submittedAt),
        goals: entry?.tags ?? [],
        ...(text === undefined ? { sent: sent.get(weekId) } : { text }),
      };
    });
  }

  /** One week in full, or undefined when the person has nothing (left) in it. */
  async week(
    person: Person,
    role: LogboekRole,
    weekId: string,
    timeZone: string,
    language: Language,
  ): Promise<LogboekWeekModel | undefined> {
    const { entry, notes } = ofWeek(await this.readable(person, [weekId]), weekId);
    const first = entry ?? notes[0];
    if (!first) return undefined;
    const ids = [...(entry ? [entry] : []), ...notes].map((c) => c.id);
    const files = await this.shelf.attachments.fileListOf(ids);
    const now = this.participation.now();
    const open = entry !== undefined && entry.windowEndsAt.getTime() > now.getTime();
    const lastDay = entry && new Date(entry.windowEndsAt.getTime() - 1);
    const format = (date: Date) => this.participation.formatDate(date, language, timeZone);
    return {
      language,
      week: parseIsoWeekId(weekId).week,
      weekId,
      role,
      writtenOn: format(first.submittedAt),
      entry: entry ? { answers: answersOf(entry), goals: entry.tags ?? [] } : null,
      notes: notes.map((note) =>
        note.windowEndsAt.getTime() > now.getTime()
          ? { text: note.text, removableId: note.id }
          : { text: note.text },
      ),
      files: files.map((file) => ({ name: file.fileName, sizeBytes: file.sizeBytes })),
      editableUntil: open && lastDay ? format(lastDay) : null,
    };
  }

  /** Per week, how many voice messages and other files its contributions carry. */
  private async sentPerWeek(mine: readonly Contribution[]) {
    const files = await this.shelf.attachments.fileTypesOf(mine.map((c) => c.id));
    const weekOf = new Map(mine.map((c) => [c.id, c.period ?? '']));
    const perWeek = new Map<string, { voice: number; other: number }>();
    for (const file of files) {
      const week = weekOf.get(file.contributionId) ?? '';
      const count = perWeek.get(week) ?? { voice: 0, other: 0 };
      if (file.contentType.startsWith('audio/')) count.voice += 1;
      else count.other += 1;
      perWeek.set(week, count);
    }
    return perWeek;
  }

  /** The person's own contributions in these weeks, each let through by the access rules. */
  private async readable(person: Person, weekIds: readonly string[]): Promise<Contribution[]> {
    const viewer = await this.participation.viewerOf(person.id);
    const contributions = await this.shelf.contributions.listInPeriods(person.id, weekIds);
    return contributions.filter((c) => {
      const membership = viewer.memberships.find((m) => m.organisationId === c.organisationId);
      const author = {
        personId: c.personId,
        memberId: membership?.memberId ?? '',
        organisationId: c.organisationId,
      };
      const authorRoles = membership?.roles ?? [];
      return allows(viewer, { action: 'read-logboek', author, authorRoles });
    });
  }
}

function ofWeek(contributions: readonly Contribution[], weekId: string) {
  const inWeek = contributions.filter((c) => c.period === weekId);
  return {
    entry: inWeek.find((c) => c.kind === 'logboek-entry'),
    notes: inWeek.filter((c) => c.kind === 'logboek-note'),
  };
}

function answersOf(entry: Contribution): Partial<Record<QuestionId, string>> {
  try {
    return answersSchema.parse(JSON.parse(entry.text));
  } catch {
    return {};
  }
}

// 'prompted' and 'stopped' weeks, and weeks never recorded, all came to nothing written.
function statusKind(status: string | undefined): 'skipped' | 'nothing' | 'quiet' {
  if (status === 'skipped') return 'skipped';
  if (status === 'quiet') return 'quiet';
  return 'nothing';
}
