import type { Generated } from 'kysely';
import type { Instant } from './schema';

/** Coaching: action points, the contact budget, commitments, calls and check-ins. */
export interface ActionPointsTable {
  id: string;
  organisation_id: string;
  check_in_id: string | null;
  owner_person_id: string;
  /** Encrypted with the field cipher. */
  what: string;
  key_id: string;
  /** Local date 'YYYY-MM-DD'. */
  due_on: string | null;
  created_by: string;
  created_at: Instant;
  done_at: Instant | null;
}

export interface ContactBudgetTable {
  person_id: string;
  week: string;
  source: string;
  sender_person_id: string | null;
  at: Instant;
}

export interface CoachingCommitmentsTable {
  id: string;
  organisation_id: string;
  coach_person_id: string;
  /** 'hours' | 'dagdeel' */
  kind: string;
  /** Coach time; null for a dagdeel, which counts as one session. */
  minutes: number | null;
  /** Local date 'YYYY-MM-DD'. */
  held_on: string;
  /** Encrypted with the field cipher; key_id is null when there is no note. */
  note: string | null;
  key_id: string | null;
  created_at: Instant;
}

export interface CoachCallsTable {
  id: string;
  coach_person_id: string;
  person_id: string;
  /** ISO week of the silent-weeks notice that suggested the call. */
  week: string;
  called_at: Instant;
}

export interface CheckInSeriesTable {
  id: string;
  every_weeks: number;
  /** Local date 'YYYY-MM-DD', inclusive. */
  until: string;
  created_at: Instant;
}

export interface CheckInsTable {
  id: string;
  organisation_id: string;
  coach_person_id: string;
  series_id: string | null;
  starts_at: Instant;
  ends_at: Instant;
  /** The coach's zone when planned: reminders keep its wall-clock time. */
  time_zone: string;
  duration_minutes: number;
  /** 'online' | 'on-site' */
  mode: string;
  /** Encrypted with the field cipher; key_id is null when there is no place. */
  location: string | null;
  key_id: string | null;
  sequence: number;
  invite_at: Instant;
  agreements_requested_at: Instant | null;
  agreements_recorded_at: Instant | null;
  created_at: Instant;
  /** Set when the coach called it off; nothing more goes out for it. */
  cancelled_at: Instant | null;
  updated_at: Instant;
  /** 'coaching' | 'slotinterview'; the host (coach_person_id) of a slotinterview is an onderzoeker. */
  kind: Generated<string>;
}

export interface CheckInInviteesTable {
  check_in_id: string;
  person_id: string;
  /** 'aanjager' | 'maatje' | 'management' (only in a slotinterview) */
  role: string;
  /** 'pending' | 'accepted' | 'proposed' */
  response: string;
  proposed_starts_at: Instant | null;
  responded_at: Instant | null;
  invited_sequence: number | null;
  proposal_told_at: Instant | null;
}

/** Each answer to recording a slotinterview, in order; the latest counts. */
export interface RecordingConsentsTable {
  id: string;
  check_in_id: string;
  person_id: string;
  seq: number;
  /** 'given' | 'refused' | 'withdrawn' */
  choice: string;
  text_version: number | null;
  text_hash: string | null;
  language: string | null;
  at: Instant;
}
