import type { LocalDate } from './local-date';

/** Coach time spent, or a team session (dagdeel) held, both counted against the agreement. */
export type CommitmentKind = 'hours' | 'dagdeel';

export interface CommitmentDraft {
  /** Chosen by the caller, so that a second press of the same button records nothing. */
  id: string;
  organisationId: string;
  coachPersonId: string;
  kind: CommitmentKind;
  /** Coach time in minutes; null for a dagdeel. */
  minutes: number | null;
  heldOn: LocalDate;
  note?: string | undefined;
}

/** What the `voortgang` card and the confirmations show for one organisation. */
export interface CommitmentSummary {
  hoursUsed: number;
  hoursAgreed: number;
  dagdelenHeld: number;
  dagdelenAgreed: number;
}

export const NOTE_MAX_LENGTH = 2000;

/** A commitment as the coach typed it, before it is tied to an organisation. */
export interface CommitmentArgs {
  kind: CommitmentKind;
  minutes: number | null;
  heldOn: LocalDate;
  note?: string;
}
