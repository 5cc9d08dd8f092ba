import type { ColumnType } from 'kysely';

/** Written as an ISO 8601 string; PostgreSQL reads back a Date, SQLite the string. */
export type Instant = ColumnType<Date | string, string, string>;

export interface PeopleTable {
  id: string;
  tenant_id: string;
  aad_object_id: string;
  teams_user_id: string;
  name: string;
  locale: string | null;
  unreachable_since: Instant | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface ConversationsTable {
  id: string;
  tenant_id: string;
  scope: string;
  person_id: string | null;
  reference: string;
  welcomed_at: Instant | null;
  updated_at: Instant;
}

export interface BotStateTable {
  key: string;
  etag: string;
  document: string;
  updated_at: Instant;
}

export interface OutboxTable {
  id: string;
  dedupe_key: string;
  purpose: string;
  person_id: string | null;
  conversation_id: string | null;
  activity: string;
  status: string;
  skip_reason: string | null;
  attempts: number;
  next_attempt_at: Instant;
  claimed_by: string | null;
  claimed_until: Instant | null;
  last_error: string | null;
  teams_activity_id: string | null;
  created_at: Instant;
  updated_at: Instant;
  sent_at: Instant | null;
}

export interface DeliveryWorkersTable {
  id: string;
  seen_at: Instant;
}

export interface KoersSchema {
  people: PeopleTable;
  conversations: ConversationsTable;
  bot_state: BotStateTable;
  outbox: OutboxTable;
  delivery_workers: DeliveryWorkersTable;
}
