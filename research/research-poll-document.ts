import type { PollQuestion } from '../domain/polls';
import { isoWeekId, weekOfInstant } from '../domain/iso-week';
import { localDateOf } from '../domain/zoned-time';
import type { ClosedPoll, ExportableAnswer } from '../infra/storage/research-poll-answers';
import type { ResearchDocument } from './research-document';

/**
 * One person's open answers to a closed poll as a document, or nothing when they left every
 * open question empty. An anonymous answer has no author and no date of its own: it is named
 * after the poll and dated by its closing, so nothing in the row can point back at a person.
 */
export function pollAnswerDocument(input: {
  poll: ClosedPoll;
  /** Which poll of the study this is, counting from 1 in order of creation. */
  pollNumber: number;
  /** Which exported answer of this poll, counting from 1. */
  answerNumber: number;
  questions: readonly PollQuestion[];
  answer: ExportableAnswer;
  codes: { organisation: string; member: string | null };
  role: string;
}): ResearchDocument | null {
  const { poll, questions, answer, codes } = input;
  const texts = questions.flatMap((question, position) => {
    const given = answer.answer[position];
    if (question.kind !== 'open' || typeof given !== 'string' || given.trim() === '') return [];
    return [`${question.text}\n${given.trim()}`];
  });
  if (texts.length === 0) return null;
  const week = isoWeekId(weekOfInstant(poll.closedAt, poll.timeZone));
  const name = codes.member
    ? `${codes.member} peiling ${input.pollNumber}`
    : `${codes.organisation} peiling ${input.pollNumber} antwoord ${input.answerNumber}`;
  return {
    group: codes.organisation,
    name,
    author: codes.member,
    role: codes.member ? input.role : '',
    week,
    goals: [],
    date: localDateOf(poll.closedAt, poll.timeZone),
    source: 'peiling',
    text: texts.join('\n\n'),
  };
}
