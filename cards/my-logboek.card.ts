import { z } from 'zod';
import type { Language } from '../domain/language';
import { adaptiveCard, escapeMarkdown, type AdaptiveCard, type CardElement } from './adaptive-card';
import { assertLogboekWeek, goalNumbers, logboekWeekSchema } from './logboek.card';
import { strings } from './strings';

/** One week at a glance: what was written, or how the week went without it. */
export type MyLogboekWeek = { week: number; weekId: string } & (
  | {
      kind: 'written';
      /** When it was written, formatted short ('27 nov'). */
      writtenOn: string;
      goals: number[];
      /** The first answer or note with words in it, as written; the card shows its first line. */
      text?: string;
      /** What a week without words holds: voice messages and other files. */
      sent?: { voice: number; other: number };
    }
  | { kind: 'skipped' | 'nothing' | 'quiet' }
);

export interface MyLogboekModel {
  language: Language;
  /** Newest first. */
  weeks: MyLogboekWeek[];
}

export const myLogboekWeekSchema = z.looseObject({
  verb: z.literal('my-logboek-week'),
  week: logboekWeekSchema,
});

export const FIRST_LINE_CHARACTERS = 60;

/**
 * The first line that has words on it, cut at about `max` characters: at the last space when
 * that keeps most of the line, else mid-word.
 */
export function firstLine(text: string, max = FIRST_LINE_CHARACTERS): string {
  const line =
    text
      .split(/\r?\n/)
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .find((l) => l !== '') ?? '';
  const characters = [...line];
  if (characters.length <= max) return line;
  const cut = characters.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space >= cut.length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * `mijn logboek`: one line per week, newest first, with a button to open each week that holds
 * something. The button sits under its own line (an ActionSet), not in the card's actions.
 */
export function renderMyLogboekCard({ language, weeks }: MyLogboekModel): AdaptiveCard {
  const t = strings(language).myLogboek;
  const body: CardElement[] = [
    { type: 'TextBlock', text: t.title, wrap: true, style: 'heading', weight: 'bolder' },
    { type: 'TextBlock', text: t.intro, wrap: true, isSubtle: true },
  ];
  for (const week of weeks) {
    assertLogboekWeek(week.week, week.weekId);
    body.push({ type: 'TextBlock', text: weekLine(language, week), wrap: true, spacing: 'medium' });
    if (week.kind === 'written') {
      body.push({
        type: 'ActionSet',
        actions: [
          {
            type: 'Action.Submit',
            title: t.view,
            data: { verb: 'my-logboek-week', week: week.weekId },
          },
        ],
        spacing: 'small',
      });
    }
  }
  return adaptiveCard(body);
}

/** 'Een spraakbericht', '2 bestanden': what a week holds when nobody typed in it. */
export function sentLine(language: Language, sent: { voice: number; other: number } | undefined) {
  const t = strings(language).logboekFlow;
  if (!sent) return '';
  const parts = [
    sent.voice > 0 ? t.recordings(sent.voice) : '',
    sent.other > 0 ? t.files(sent.other) : '',
  ];
  return parts.filter((part) => part !== '').join(', ');
}

function weekLine(language: Language, week: MyLogboekWeek): string {
  const { myLogboek: t, logboek } = strings(language);
  if (week.kind !== 'written') {
    const status = { skipped: t.skipped, nothing: t.nothing, quiet: t.quiet }[week.kind];
    return `${t.week(week.week)} · ${status}`;
  }
  const tags = goalNumbers
    .filter((goal) => week.goals.includes(goal))
    .map((g) => logboek.goalTags[g]);
  const start = week.text === undefined ? '' : escapeMarkdown(firstLine(week.text));
  return [
    t.week(week.week),
    week.writtenOn,
    tags.join(', '),
    start || sentLine(language, week.sent),
  ]
    .filter((part) => part !== '')
    .join(' · ');
}
