import type { ConsentChoice } from './consent.rules';
import type { CheckInKind, InviteeRole } from './check-ins';

/** A slotinterview takes 30 to 60 minutes (the study's final interviews). */
export const interviewMinutes = { min: 30, max: 60 } as const;

/** The roles a slotinterview is held with. */
export const interviewRoles: readonly InviteeRole[] = ['aanjager', 'maatje', 'management'];

/** An answer to recording a slotinterview; 'withdrawn' takes back an earlier 'given'. */
export type RecordingChoice = 'given' | 'refused' | 'withdrawn';

export interface RecordingConsent {
  choice: RecordingChoice;
  at: Date;
  textVersion: number | null;
  textHash: string | null;
}

/** What a press on the recording card means, given what the person answered before. */
export function recordingChoiceFor(
  pressed: 'given' | 'refused',
  latest: RecordingConsent | undefined,
): RecordingChoice {
  return pressed === 'refused' && latest?.choice === 'given' ? 'withdrawn' : pressed;
}

/**
 * Who gets a check-in's messages (C1). Coaching: only those who take part in the study. A
 * manager does not keep anything for the study, so has no study consent to give: they are invited
 * to a slotinterview unless they said no to the study; recording it is asked of everyone apart.
 */
export function mayBeInvited(
  kind: CheckInKind,
  role: InviteeRole,
  studyChoice: ConsentChoice | undefined,
): boolean {
  if (kind === 'slotinterview' && role === 'management') {
    return studyChoice !== 'declined' && studyChoice !== 'withdrawn';
  }
  return studyChoice === 'given';
}
