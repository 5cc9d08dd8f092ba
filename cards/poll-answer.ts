import { z } from 'zod';
import { MAX_QUESTIONS, SCALE, type PollAnswer, type PollQuestion } from '../domain/polls';
import { idInput } from './id-input';

export const OPEN_ANSWER_MAX = 1000;
/** Input ids on the poll card, by question position. */
export const answerInputId = (position: number) => `a${position}`;

const input = z
  .string()
  .max(OPEN_ANSWER_MAX * 2)
  .optional();

/** Send (and, the first time, consent in the same step), a person's own view, or the refresh. */
export const pollAnswerSchema = z.looseObject({
  verb: z.literal('poll-answer'),
  pollId: idInput,
  a0: input,
  a1: input,
  a2: input,
  a3: input,
  a4: input,
  studyId: idInput.optional(),
  version: z.number().int().positive().optional(),
  hash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type PollAnswerSubmit = z.infer<typeof pollAnswerSchema>;

export const pollViewSchema = z.looseObject({
  verb: z.enum(['poll-view', 'poll-change']),
  pollId: idInput,
});

export const pollActionSchema = z.discriminatedUnion('verb', [pollAnswerSchema, pollViewSchema]);
export type PollAction = z.infer<typeof pollActionSchema>;

/**
 * The card's inputs as answers, checked against the questions again on the server. Empty inputs
 * are skipped questions (C3); undefined when something could not have come from the card.
 */
export function readAnswer(
  questions: readonly PollQuestion[],
  submit: PollAnswerSubmit,
): PollAnswer | undefined {
  const answer: PollAnswer = {};
  for (const [position, question] of questions.slice(0, MAX_QUESTIONS).entries()) {
    const raw = (submit[answerInputId(position) as 'a0'] ?? '').trim();
    if (raw === '') continue;
    if (question.kind === 'open') {
      if (raw.length > OPEN_ANSWER_MAX) return undefined;
      answer[position] = raw;
      continue;
    }
    const picked = raw.split(',').map((part) => Number(part.trim()));
    const allowed =
      question.kind === 'scale' ? [...SCALE] : question.choices.map((_, index) => index);
    if (picked.some((p) => !allowed.includes(p))) return undefined;
    if (question.kind === 'multiple') answer[position] = [...new Set(picked)].sort();
    else if (picked.length === 1 && picked[0] !== undefined) answer[position] = picked[0];
    else return undefined;
  }
  return answer;
}

/** Answers back into input values, to show them again on the card. */
export function answerValues(answer: PollAnswer): Record<number, string> {
  return Object.fromEntries(
    Object.entries(answer).map(([position, value]) => [
      position,
      Array.isArray(value) ? value.join(',') : String(value),
    ]),
  );
}
