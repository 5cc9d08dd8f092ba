import type { ActionPointDraft } from '../domain/action-points';
import type { CaseloadAanjager, CheckIn, CheckInAnswer, CheckInPlan } from '../domain/check-ins';

/** What the check-in dialogs need from storage; infra's check-in stores implement these. */
export interface CheckInBook {
  plan(plan: CheckInPlan, at: Date): Promise<CheckIn[]>;
  get(id: string): Promise<CheckIn | undefined>;
  respond(
    id: string,
    personId: string,
    sequence: number,
    answer: { accepted: true } | { proposedStartsAt: Date },
    at: Date,
  ): Promise<CheckInAnswer>;
  confirmProposal(id: string, personId: string, sequence: number, at: Date): Promise<CheckInAnswer>;
  /** Claims the agreement card's one submit; false when it was recorded before. */
  recordAgreements(checkIn: CheckIn, at: Date): Promise<boolean>;
  nextWith(coachPersonId: string, personId: string, after: Date): Promise<CheckIn | undefined>;
}

export interface CheckInCaseload {
  aanjagersOf(coachMemberIds: readonly string[]): Promise<CaseloadAanjager[]>;
  consenting(personIds: readonly string[], organisationId: string): Promise<Set<string>>;
}

export interface ActionPointBook {
  add(draft: ActionPointDraft, at: Date): Promise<unknown>;
  markDone(ids: readonly string[], byPersonId: string, at: Date): Promise<string[]>;
}

export interface CheckInPorts {
  checkIns: CheckInBook;
  caseload: CheckInCaseload;
  actionPoints: ActionPointBook;
  /** The address of a person's calendar file for a check-in (and the rest of its series). */
  calendarUrl(checkInId: string, personId: string): string;
}
