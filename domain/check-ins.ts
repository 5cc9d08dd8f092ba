import type { Repeat } from './check-in-schedule';

export type CheckInMode = 'online' | 'on-site';
/** A teamcoach's coaching check-in, or an onderzoeker's slotinterview at the end of the study. */
export type CheckInKind = 'coaching' | 'slotinterview';
/** Management is invited only to a slotinterview, and sees nothing individual there either. */
export type InviteeRole = 'aanjager' | 'maatje' | 'management';
export type InviteeResponse = 'pending' | 'accepted' | 'proposed';

export interface Invitee {
  personId: string;
  role: InviteeRole;
  response: InviteeResponse;
  proposedStartsAt: Date | null;
  /** The sequence this person last had an invitation for; null while none went out. */
  invitedSequence: number | null;
}

/** One appointment; a repeat is one of these per date. */
export interface CheckIn {
  id: string;
  kind: CheckInKind;
  organisationId: string;
  /** The host: the teamcoach, or the onderzoeker of a slotinterview. */
  coachPersonId: string;
  seriesId: string | null;
  startsAt: Date;
  endsAt: Date;
  /** The coach's zone when it was planned: reminders keep its wall-clock time. */
  timeZone: string;
  durationMinutes: number;
  mode: CheckInMode;
  /** A room, an address or a meeting link, as the coach typed it. */
  location: string | null;
  /** Raised on each move, so calendars and stale buttons can tell versions apart. */
  sequence: number;
  updatedAt: Date;
  /** When the coach called it off; null while it stands. */
  cancelledAt: Date | null;
  invitees: Invitee[];
}

export interface CheckInPlan {
  /** 'coaching' when left out. */
  kind?: CheckInKind;
  organisationId: string;
  coachPersonId: string;
  /** One start per occurrence, oldest first. */
  starts: Date[];
  timeZone: string;
  durationMinutes: number;
  mode: CheckInMode;
  location: string | null;
  repeat?: Repeat;
  invitees: { personId: string; role: InviteeRole }[];
}

/** Someone on a coach's caseload with whom a check-in can be planned. */
export interface CaseloadAanjager {
  memberId: string;
  organisationId: string;
  studyId: string;
  personId: string;
  name: string;
  maatje: { personId: string; name: string } | null;
}

/** How a person's answer to an invitation (or a coach's confirmation) went. */
export type CheckInAnswer =
  { ok: true; checkIn: CheckIn } | { ok: false; reason: 'unknown' | 'stale' };

/** Who an agreed action point is for, as the coach picks it on the card. */
export type ActionOwner = 'aanjager' | 'maatje' | 'coach';

/** Whether the invitee's role can own an action point (coaching only: never management). */
export function isActionOwner(role: InviteeRole): role is 'aanjager' | 'maatje' {
  return role !== 'management';
}

/** The person an owner choice stands for at this check-in; undefined when they were not in it. */
export function ownerPersonId(checkIn: CheckIn, owner: ActionOwner): string | undefined {
  if (owner === 'coach') return checkIn.coachPersonId;
  return checkIn.invitees.find((i) => i.role === owner)?.personId;
}
