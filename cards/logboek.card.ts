import { z } from 'zod';
import { isIsoWeekId } from '../domain/iso-week';
import type { Language } from '../domain/language';
import type { Role } from '../domain/roles';
import {
  adaptiveCard,
  escapeMarkdown,
  executeAction,
  type AdaptiveCard,
  type CardElement,
  type TextBlock,
} from './adaptive-card';
import { isStorableId } from './id-input';
import { strings, type GoalNumber } from './strings';

export type LogboekRole = Extract<Role, 'aanjager' | 'maatje' | 'teamcoach'>;
export type QuestionId = 'q1' | 'q2' | 'q3' | 'q4' | 'q5';

export interface LogboekCardModel {
  language: Language;
  /** ISO week number, as shown. */
  week: number;
  /** ISO week id, e.g. '2026-W48': what the buttons carry. */
  weekId: string;
  role: LogboekRole;
  /** What was saved before, when the card is opened to change an entry. */
  answers?: Partial<Record<QuestionId, string>> & { goals?: number[] };
  /** Action points the person agreed at a check-in, to tick off. */
  openActions?: { id: string; text: string }[];
  /** The revision of the stored entry the card is drawn from; 0 when there is none. */
  revision?: number;
}

export const ANSWER_MAX_LENGTH = 4000;
export const DONE_PREFIX = 'done-';
const questionIds: readonly QuestionId[] = ['q1', 'q2', 'q3', 'q4', 'q5'];
export const goalNumbers: readonly GoalNumber[] = [1, 2, 3, 4];

// A week that exists: '2026-W53' does, '2025-W53' does not, and the calendar code throws on it.
/** Which of the logboek's question sets a member answers. */
export function logboekRoleOf(membership: { roles: readonly Role[] }): LogboekRole {
  const role = membership.roles.find((r): r is LogboekRole =>
    ['aanjager', 'maatje', 'teamcoach'].includes(r),
  );
  return role ?? 'aanjager';
}

export const logboekWeekSchema = z.string().refine(isIsoWeekId, 'not an existing ISO week');

// Teams sends every input, an empty one as ''. An answer of only spaces is no answer either.
const answer = z
  .string()
  .max(ANSWER_MAX_LENGTH)
  .optional()
  .transform((text) => (text === undefined || text.trim() === '' ? undefined : text));

// The entry's revision the card was drawn from (0: none). Cards sent before it existed carry none.
const revision = z.number().int().min(0).max(1_000_000).optional();

// A multi-select ChoiceSet arrives as one comma-separated string, '' when nothing is chosen.
const goals = z
  .string()
  .regex(/^\s*([1-4](\s*,\s*[1-4])*)?\s*$/)
  .optional()
  .transform((text) =>
    [...new Set((text ?? '').split(',').filter((part) => part.trim() !== ''))]
      .map(Number)
      .sort((a, b) => a - b),
  );

/** What the card's inputs send: the five answers and the goals. */
const entryInputs = { q1: answer, q2: answer, q3: answer, q4: answer, q5: answer, goals };

/** Save: the answers, the goals as numbers, and `done`: the ids of the open actions ticked off. */
export const logboekSubmitSchema = z
  .looseObject({
    verb: z.literal('logboek-save'),
    week: logboekWeekSchema,
    rev: revision,
    ...entryInputs,
  })
  .superRefine((value, ctx) => {
    for (const [key, toggle] of Object.entries(value)) {
      if (key.startsWith(DONE_PREFIX) && toggle !== 'true' && toggle !== 'false') {
        ctx.addIssue({ code: 'custom', path: [key], message: "expected 'true' or 'false'" });
      }
    }
  })
  .transform((value) => ({
    ...value,
    done: Object.entries(value)
      .filter(([key, toggle]) => key.startsWith(DONE_PREFIX) && toggle === 'true')
      .map(([key]) => key.slice(DONE_PREFIX.length))
      .filter(isStorableId),
  }));
export type LogboekSubmit = z.infer<typeof logboekSubmitSchema>;

/** "Allebei bewaren" on a stale save: the answers it carries become a note with the week. */
export const logboekKeepBothSchema = z.looseObject({
  verb: z.literal('logboek-keep-both'),
  week: logboekWeekSchema,
  ...entryInputs,
});
export type LogboekKeepBoth = z.infer<typeof logboekKeepBothSchema>;

export const logboekLaterSchema = z.looseObject({
  verb: z.literal('logboek-later'),
  week: logboekWeekSchema,
});
export const logboekSkipSchema = z.looseObject({
  verb: z.literal('logboek-skip'),
  week: logboekWeekSchema,
});

/**
 * The weekly look back, light at first sight: the first question, and the other four with the
 * goals behind "meer vragen" (shown at once when an entry being changed has answers there). Every
 * field is optional; agreed actions to tick off come first.
 */
export function renderLogboekCard(model: LogboekCardModel): AdaptiveCard {
  const { language, week, weekId, role, answers = {}, openActions = [], revision = 0 } = model;
  assertLogboekWeek(week, weekId);
  const t = strings(language).logboek;
  const questions = role === 'teamcoach' ? t.coachQuestions : t.questions;
  const chosen = goalNumbers.filter((goal) => answers.goals?.includes(goal)).join(',');
  const input = (id: QuestionId, index: number): CardElement => {
    const value = answers[id];
    return {
      type: 'Input.Text',
      id,
      label: questions[index] ?? '',
      isMultiline: true,
      maxLength: ANSWER_MAX_LENGTH,
      ...(value ? { value } : {}),
      spacing: 'medium',
    };
  };
  const more = [
    ...questionIds.slice(1).map((id, index) => input(id, index + 1)),
    {
      type: 'Input.ChoiceSet',
      id: 'goals',
      label: t.goalsLabel,
      choices: goalNumbers.map((goal) => ({ title: t.goals[goal], value: String(goal) })),
      isMultiSelect: true,
      style: 'expanded',
      ...(chosen ? { value: chosen } : {}),
      wrap: true,
      spacing: 'medium',
    } satisfies CardElement,
  ];
  const opened = Boolean(chosen) || questionIds.slice(1).some((id) => answers[id]);
  return adaptiveCard(
    [
      text(t.title(week), { style: 'heading', weight: 'bolder' }),
      text(t.welcome),
      text(t.noFuss, { isSubtle: true }),
      ...(openActions.length > 0 ? [text(t.agreed, { spacing: 'medium' })] : []),
      ...openActions.map(({ id, text: action }): CardElement => ({
        type: 'Input.Toggle',
        id: `${DONE_PREFIX}${id}`,
        title: escapeMarkdown(action),
        value: 'false',
        valueOn: 'true',
        valueOff: 'false',
        wrap: true,
      })),
      input('q1', 0),
      ...(opened
        ? []
        : [
            {
              type: 'ActionSet',
              actions: [
                {
                  type: 'Action.ToggleVisibility',
                  title: strings(language).logboekFlow.moreQuestions,
                  targetElements: [MORE],
                },
              ],
            } satisfies CardElement,
          ]),
      { type: 'Container', id: MORE, isVisible: opened, items: more },
    ],
    [
      {
        ...executeAction(t.save, { verb: 'logboek-save', week: weekId, rev: revision }),
        style: 'positive',
      },
      // Later and skip send no inputs: what was typed is kept only when the person saves.
      executeAction(t.later, { verb: 'logboek-later', week: weekId }, 'none'),
      executeAction(t.skip, { verb: 'logboek-skip', week: weekId }, 'none'),
    ],
  );
}

const MORE = 'more-questions';

function text(line: string, extra: Partial<Omit<TextBlock, 'type' | 'text'>> = {}): TextBlock {
  return { type: 'TextBlock', text: line, wrap: true, ...extra };
}

// A card whose buttons carry a week the schemas refuse could never be saved: fail when sending.
export function assertLogboekWeek(week: number, weekId: string): void {
  if (!logboekWeekSchema.safeParse(weekId).success || Number(weekId.slice(6)) !== week) {
    throw new Error(`week ${week} does not match week id ${JSON.stringify(weekId)}`);
  }
}
