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

export interface KoersSchema {
  people: PeopleTable;
  conversations: ConversationsTable;
  bot_state: BotStateTable;
}
