import type { PollQuestion, PollQuestionKind } from '../domain/polls';

export type PollTemplateId = 'dagdeel' | 'je-doet-het-al' | 'kuijpers' | 'blank';
export const pollTemplateIds: readonly PollTemplateId[] = [
  'dagdeel',
  'je-doet-het-al',
  'kuijpers',
  'blank',
];

export interface PollTemplate {
  name: string;
  title: string;
  questions: PollQuestion[];
}

/** Peilingen: authoring, the card people answer, and the results for the owner. */
export interface PollStrings {
  command: string;
  resultsCommand: string;
  notAllowed: string;
  personalOnly: string;
  templates: Record<PollTemplateId, PollTemplate>;
  kinds: Record<PollQuestionKind, string>;
  setupTitle: string;
  setupIntro: string;
  templateLabel: string;
  anonymousLabel: string;
  closesOnLabel: string;
  closesAtLabel: string;
  audienceHere: string;
  audiencePeopleLabel: string;
  preview: string;
  previewTitle: (title: string) => string;
  previewIntro: string;
  questionLabel: (n: number, kind: string) => string;
  anonymousFact: string;
  namedFact: string;
  closes: (when: string) => string;
  toPeople: (n: number) => string;
  send: string;
  noQuestions: string;
  closesInPast: string;
  noPeople: string;
  sent: (title: string) => string;
  resultsButton: string;
  closeButton: string;
  anonymousIntro: string;
  namedIntro: string;
  answerButton: string;
  thanks: (count: number) => string;
  change: string;
  nothingFilledIn: string;
  consentIntro: string;
  consentAndSend: string;
  closedView: (title: string) => string;
  closedAnswer: string;
  closedNow: (title: string, count: number) => string;
  /** To the owner when their poll closed at its set time. */
  closedOnTime: (title: string, count: number, ready: boolean) => string;
  alreadyClosed: string;
  resultsTitle: (title: string) => string;
  answers: (count: number) => string;
  tooFew: (k: number) => string;
  /** While open the owner sees only the count: live results would show each new answer. */
  whileOpen: (k: number) => string;
  /** The owner tried to answer their own anonymous poll. */
  ownPoll: string;
  /** Someone not on the roster in the poll's roles: why, and who can add them. */
  notOnRoster: (owner: string) => string;
  openAnswers: string;
  noPolls: string;
  notYours: string;
}
