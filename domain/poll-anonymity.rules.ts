import { isOpen, type Poll } from './polls';
import type { Role } from './roles';

/** Who a poll is for when its author chose nothing else: the team's docenten. */
export const defaultAnswerRoles: readonly Role[] = ['docent'];

/**
 * What a poll's owner may see (domain.md, "Polls"). While open, only how many answered: results
 * that change with every answer would show each new answer by subtraction. After closing, the
 * distribution and open answers from k answers on; a withdrawal that brings a closed poll below k
 * hides them again, because the count is always taken anew.
 */
export type PollView = 'count-only' | 'too-few' | 'results';

export function pollView(
  poll: Pick<Poll, 'closesAt' | 'closedAt' | 'minAnswers'>,
  count: number,
  at: Date,
): PollView {
  if (isOpen(poll, at) || poll.closedAt === null) return 'count-only';
  return count >= poll.minAnswers ? 'results' : 'too-few';
}

/**
 * Whether a person's answer counts toward k and is kept. The owner never answers their own
 * anonymous poll (the threshold would really be k-1), and only people on the organisation's
 * roster in a role the poll is for count: anyone else in the channel could fill up k.
 */
export type AnswerRight = 'may' | 'owner' | 'not-on-roster';

export function answerRight(
  poll: Pick<Poll, 'ownerPersonId' | 'anonymous' | 'answerRoles'>,
  personId: string,
  rosterRoles: readonly string[],
): AnswerRight {
  if (poll.anonymous && poll.ownerPersonId === personId) return 'owner';
  const inRole = rosterRoles.some((role) => (poll.answerRoles as readonly string[]).includes(role));
  return inRole ? 'may' : 'not-on-roster';
}
