import type { Language } from '../domain/language';
import {
  adaptiveCard,
  escapeMarkdown,
  executeAction,
  type AdaptiveCard,
  type CardElement,
} from './adaptive-card';
import { assertLogboekWeek, goalNumbers, type LogboekRole, type QuestionId } from './logboek.card';
import { strings } from './strings';

type Answers = Partial<Record<QuestionId, string>> & { goals: number[] };

export interface LogboekConflictModel {
  language: Language;
  week: number;
  weekId: string;
  role: LogboekRole;
  stored: Answers;
  /** The revision stored now: "vervangen" saves over exactly that one. */
  storedRevision: number;
  offered: Answers;
}

const questionIds: readonly QuestionId[] = ['q1', 'q2', 'q3', 'q4', 'q5'];

/**
 * A save from a card drawn before the entry changed (a second card, an old edit): nothing was
 * applied. Both texts sit behind a button (a chat is often read on a shared screen), and the
 * person keeps both (the new text becomes a note) or replaces what is stored.
 */
export function renderLogboekConflictCard(model: LogboekConflictModel): AdaptiveCard {
  const { language, week, weekId } = model;
  assertLogboekWeek(week, weekId);
  const t = strings(language).logboekFlow;
  const offered = {
    week: weekId,
    goals: model.offered.goals.join(','),
    ...Object.fromEntries(questionIds.flatMap((q) => answered(model.offered, q))),
  };
  return adaptiveCard(
    [
      { type: 'TextBlock', text: t.staleTitle(week), wrap: true, style: 'heading' },
      { type: 'TextBlock', text: t.stale, wrap: true },
      {
        type: 'ActionSet',
        actions: [{ type: 'Action.ToggleVisibility', title: t.showStored, targetElements: [BOTH] }],
      },
      {
        type: 'Container',
        id: BOTH,
        isVisible: false,
        items: [
          ...section(t.storedHeading, model.stored, model),
          ...section(t.newHeading, model.offered, model),
        ],
      },
    ],
    [
      {
        ...executeAction(t.keepBoth, { verb: 'logboek-keep-both', ...offered }),
        style: 'positive',
      },
      executeAction(t.replace, {
        verb: 'logboek-save',
        rev: model.storedRevision,
        ...offered,
      }),
    ],
  );
}

const BOTH = 'both-texts';

function answered(answers: Answers, q: QuestionId): [QuestionId, string][] {
  const text = answers[q];
  return text ? [[q, text]] : [];
}

function section(heading: string, answers: Answers, model: LogboekConflictModel): CardElement[] {
  const t = strings(model.language).logboek;
  const questions = model.role === 'teamcoach' ? t.coachQuestions : t.questions;
  const tags = goalNumbers.filter((g) => answers.goals.includes(g)).map((g) => t.goalTags[g]);
  return [
    { type: 'TextBlock', text: heading, wrap: true, weight: 'bolder', spacing: 'medium' },
    ...questionIds.flatMap((q, index): CardElement[] =>
      answered(answers, q).map(([, text]) => ({
        type: 'TextBlock',
        text: `${questions[index] ?? ''}\n\n${escapeMarkdown(text)}`,
        wrap: true,
      })),
    ),
    ...(tags.length > 0
      ? [
          {
            type: 'TextBlock' as const,
            text: t.tagged(tags.join(' · ')),
            wrap: true as const,
            isSubtle: true,
          },
        ]
      : []),
  ];
}
