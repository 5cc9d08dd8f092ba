import type { CheckInStrings } from './strings.check-in';

/** The words that differ between a coaching check-in and a slotinterview. */
export type AppointmentStrings = Pick<
  CheckInStrings,
  'inviteTitle' | 'movedTitle' | 'remindDayBefore' | 'remindSoon' | 'cancelNotice' | 'summary'
>;

/** Slotinterviews: the invitation's own words and the question about recording. */
export interface InterviewStrings {
  appointment: AppointmentStrings;
  /** On the invitation, under the title. */
  intro: string;
  recordingTitle: string;
  recordingAsk: (host: string, when: string) => string;
  recordingWho: string;
  recordingNo: string;
  recordingLater: string;
  contactLabel: string;
  versionLabel: string;
  yes: string;
  no: string;
  given: (when: string) => string;
  withdraw: string;
  refused: string;
  withdrawn: (host: string) => string;
  nothingToWithdraw: string;
  changed: string;
  gone: string;
  /** To the onderzoeker, when someone takes back their yes. */
  hostWithdrawn: (name: string, when: string) => string;
}
