import type { Generated } from 'kysely';
import type { Instant } from './schema';

/** Polls, their questions, anonymous answers and the keyed markers that can find them. */
export interface PollsTable {
  id: string;
  organisation_id: string;
  owner_person_id: string;
  /** Encrypted. */
  title: string;
  key_id: string;
  /** 1: answers carry no person (SQLite has no boolean). */
  anonymous: number;
  min_answers: number;
  /** JSON array of the roster roles whose answers count (docent by default). */
  answer_roles: Generated<string>;
  /** 'conversation' | 'people' */
  audience: string;
  conversation_id: string | null;
  /** The poll card in the conversation, to update it on closing. */
  activity_id: string | null;
  closes_at: Instant;
  closed_at: Instant | null;
  created_at: Instant;
}

export interface PollQuestionsTable {
  id: string;
  poll_id: string;
  position: number;
  /** 'scale' | 'single' | 'multiple' | 'open' */
  kind: string;
  /** Encrypted. */
  text: string;
  key_id: string;
  /** JSON array: the choices, or the two scale labels. */
  choices: string;
}

export interface PollAnswersTable {
  id: string;
  poll_id: string;
  /** Named polls only. */
  person_id: string | null;
  /** Encrypted JSON of the answers by question position. */
  content: string;
  key_id: string;
  /** End of the bedenktijd; named polls only (anonymous: on the marker). */
  window_ends_at: Instant | null;
}

export interface PollMarkersTable {
  poll_id: string;
  /** Keyed hash of (poll, person): cannot be turned back into the person without the key. */
  marker: string;
  /** So an answer can be changed while open and withdrawn inside its bedenktijd. */
  answer_id: string;
  /** End of the bedenktijd (a local midnight); the marker is deleted from then on. */
  window_ends_at: Instant;
}
