import type { AnswerRight } from './poll-anonymity.rules';
/** Short reflection polls for docenten (domain.md, "Polls"). */
export type PollQuestionKind = 'scale' | 'single' | 'multiple' | 'open';

export interface PollQuestion {
  kind: PollQuestionKind;
  text: string;
  /** The choices of a single or multiple choice; for a scale its two end labels (1 and 5). */
  choices: string[];
}

export const MAX_QUESTIONS = 5;
export const SCALE = [1, 2, 3, 4, 5] as const;
/** k below this would let a small group guess who said what. */
export const LOWEST_MIN_ANSWERS = 3;

export interface Poll {
  id: string;
  organisationId: string;
  ownerPersonId: string;
  title: string;
  anonymous: boolean;
  /** k: answers needed before the owner sees results. */
  minAnswers: number;
  /** The roster roles whose answers count toward k and are kept (docent by default). */
  answerRoles: string[];
  audience: 'conversation' | 'people';
  conversationId: string | null;
  activityId: string | null;
  closesAt: Date;
  closedAt: Date | null;
  createdAt: Date;
  questions: PollQuestion[];
}

/** One person's answers, by question position (0-based): a scale step, choice indexes or text. */
export type PollAnswer = Record<number, number | number[] | string>;

export function isOpen(poll: Pick<Poll, 'closesAt' | 'closedAt'>, at: Date): boolean {
  return poll.closedAt === null && at < poll.closesAt;
}

/** The organisation's setting, held to the floor whatever was configured. */
export function minAnswersOf(setting: number): number {
  return Math.max(LOWEST_MIN_ANSWERS, setting);
}

/** Per question: how often each option was chosen (scale steps 1-5), or the open texts. */
export type QuestionTally =
  | { kind: 'counts'; question: PollQuestion; counts: { label: string; count: number }[] }
  | { kind: 'texts'; question: PollQuestion; texts: string[] };

export function tally(questions: readonly PollQuestion[], answers: readonly PollAnswer[]) {
  return questions.map((question, position): QuestionTally => {
    const given = answers.map((a) => a[position]).filter((v) => v !== undefined);
    if (question.kind === 'open') {
      return { kind: 'texts', question, texts: given.filter((v) => typeof v === 'string') };
    }
    const options =
      question.kind === 'scale'
        ? SCALE.map((step) => ({ label: String(step), value: step }))
        : question.choices.map((label, index) => ({ label, value: index }));
    const picked = given.flatMap((v) => (Array.isArray(v) ? v : [v]));
    return {
      kind: 'counts',
      question,
      counts: options.map(({ label, value }) => ({
        label,
        count: picked.filter((p) => p === value).length,
      })),
    };
  });
}

/** Fisher-Yates with the given random source, so open answers carry no order of arrival. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** A poll as its author sets it up; the store adds the rest. */
export type NewPoll = Omit<
  Poll,
  'id' | 'minAnswers' | 'answerRoles' | 'activityId' | 'closedAt' | 'createdAt'
>;

/** What became of an answer. */
export type AnswerOutcome =
  'saved' | 'changed' | 'closed' | 'no-consent' | Exclude<AnswerRight, 'may'>;
