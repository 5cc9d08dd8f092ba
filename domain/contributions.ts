import type { Role } from './roles';
import type { ConsentEvent } from './consent.rules';

/** What someone hands to the study; issue 5's weekly entry adds its own kind. */
export type ContributionKind = 'logboek-note' | 'logboek-entry';

export interface ContributionDraft {
  personId: string;
  organisationId: string;
  kind: ContributionKind;
  /** ISO week (2026-W48) the contribution belongs to. */
  period: string | null;
  text: string;
  /** Goals (1-4) the author tagged; not free text. */
  tags?: number[];
}

export interface Contribution extends ContributionDraft {
  id: string;
  submittedAt: Date;
  /** End of the bedenktijd (C4): until then a withdrawal deletes it everywhere. */
  windowEndsAt: Date;
  /** Saves so far (1 for a new one): a card carries the revision it was drawn from. */
  revision: number;
  /** The last save. */
  updatedAt: Date;
}

export interface AttachmentDraft {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

export type AddResult =
  | { stored: true; contribution: Contribution }
  | { stored: false; reason: 'no-consent'; studyId: string };

/** Who saved a logboek entry from the card: found by Teams identity in the save's transaction. */
export interface EntryKeeper {
  personId: string;
  organisationId: string;
  studyId: string;
  /** The organisation's time zone, for the receipt's dates. */
  timeZone: string;
  /** Their logboek roles in that organisation. */
  roles: Role[];
}

export type SaveResult =
  | AddResult
  | { stored: false; reason: 'closed' }
  | { stored: false; reason: 'stale'; current: Contribution };

export type RemoveNoteResult = 'removed' | 'closed' | 'gone';

export type AttachResult =
  { stored: true; attachmentId: string } | { stored: false; reason: 'no-consent'; studyId: string };

/**
 * The only way in for contributions. `add` refuses unless the author's latest consent for the
 * organisation's study is 'given' (C1), checked in the same transaction as the write, so the
 * gate holds for every caller: chat, card, tab or import.
 */
export interface Contributions {
  add(draft: ContributionDraft, at: Date): Promise<AddResult>;
  /**
   * The week's one entry: created, or changed while its bedenktijd runs, only when `basedOn` is
   * the stored revision (0: the author saw none); else 'stale' with what is stored.
   */
  saveWeekly(draft: ContributionDraft, at: Date, basedOn: number): Promise<SaveResult>;
  /** A file with an existing contribution; refused like `add` once consent is gone. */
  attach(contributionId: string, file: AttachmentDraft, at: Date): Promise<AttachResult>;
  /**
   * The author takes a note back inside its bedenktijd ('closed' after it, 'gone' when it is not
   * theirs or not there); a week only that note made written is open again.
   */
  removeNote(personId: string, noteId: string, at: Date): Promise<RemoveNoteResult>;
  listByPerson(personId: string): Promise<Contribution[]>;
  findWeekly(
    personId: string,
    kind: ContributionKind,
    period: string,
  ): Promise<Contribution | undefined>;
}

export interface ConsentDecision {
  choice: 'given' | 'declined';
  textVersion: number;
  textHash: string;
  language: string;
}

/** A contribution as the person would name it: which kind, which week, which day. */
export interface ContributionMention {
  kind: ContributionKind;
  period: string | null;
  submittedAt: Date;
  /** The organisation's, in which its day is read. */
  timeZone: string;
}

export interface WithdrawalOutcome {
  erasure: 'window' | 'full';
  /** Deleted everywhere: contributions, the files with them, poll answers, report answers. */
  erased: {
    contributions: ContributionMention[];
    files: number;
    pollAnswers: number;
    /** Answers to oogstverslagen, with their comments. */
    reportAnswers: number;
  };
  /** Staying in the study under a pseudonym: contributions, named poll and report answers. */
  kept: { contributions: ContributionMention[]; pollAnswers: number; reportAnswers: number };
}

export interface ConsentRegister {
  latest(personId: string, studyId: string): Promise<ConsentEvent | undefined>;
  /** Every study the person ever answered the consent question for. */
  studiesOf(personId: string): Promise<string[]>;
  decide(personId: string, studyId: string, decision: ConsentDecision, at: Date): Promise<void>;
  /** Records the withdrawal and deletes what the study's rules say, in one transaction. */
  withdraw(personId: string, studyId: string, at: Date): Promise<WithdrawalOutcome>;
}
