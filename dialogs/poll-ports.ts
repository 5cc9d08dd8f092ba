import type { Member } from '../domain/organisations';
import type { AnswerOutcome, NewPoll, Poll, PollAnswer } from '../domain/polls';

/** What the poll dialogs need from storage; infra's stores implement these. */
export interface PollShelf {
  create(poll: NewPoll, at: Date): Promise<Poll>;
  get(id: string): Promise<Poll | undefined>;
  ownedBy(personId: string, limit: number): Promise<Poll[]>;
  setActivity(id: string, activityId: string): Promise<void>;
  close(id: string, at: Date): Promise<boolean>;
}

export interface PollAnswerShelf {
  answer(pollId: string, personId: string, answer: PollAnswer, at: Date): Promise<AnswerOutcome>;
  answerOf(pollId: string, personId: string): Promise<PollAnswer | undefined>;
  count(pollId: string): Promise<number>;
  answersTo(pollId: string): Promise<PollAnswer[]>;
}

/** An organisation's roster, for choosing whom a poll goes to. */
export interface Roster {
  list(organisationId: string): Promise<Member[]>;
}
