import type { ColumnType, Generated } from 'kysely';
import type {
  ActionPointsTable,
  CheckInInviteesTable,
  CheckInSeriesTable,
  CheckInsTable,
  CoachCallsTable,
  CoachingCommitmentsTable,
  ContactBudgetTable,
  RecordingConsentsTable,
} from './schema-coaching';
import type {
  PollAnswersTable,
  PollMarkersTable,
  PollQuestionsTable,
  PollsTable,
} from './schema-polls';
import type {
  ReportAnswersTable,
  ReportRecipientsTable,
  ReportVersionsTable,
  ReportsTable,
} from './schema-reports';

/** Written as an ISO 8601 string; PostgreSQL reads back a Date, SQLite the string. */
export type Instant = ColumnType<Date | string, string, string>;

export interface PeopleTable {
  id: string;
  tenant_id: string;
  aad_object_id: string;
  teams_user_id: string;
  name: string;
  locale: string | null;
  time_zone: string | null;
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
  stale_at: Instant | null;
}

export interface DeliveryWorkersTable {
  id: string;
  seen_at: Instant;
}

export interface StudiesTable {
  id: string;
  name: string;
  contact_name: string;
  contact_email: string;
  /** 'window': withdrawal deletes what is inside its bedenktijd; 'full': everything. */
  erasure: string;
  withdrawal_working_days: number;
  /** JSON array of ISO dates that also do not count as working days. */
  extra_non_working_days: string;
  created_at: Instant;
}

export interface ConsentTextsTable {
  study_id: string;
  version: number;
  language: string;
  body: string;
  created_at: Instant;
}

export interface OrganisationsTable {
  id: string;
  study_id: string;
  name: string;
  time_zone: string;
  career_term: string;
  created_at: Instant;
  /** The teamcoach's agreed hours and team sessions (dagdelen) for this organisation. */
  coach_hours_agreed: Generated<number>;
  dagdelen_agreed: Generated<number>;
  /** Answers a poll needs before its owner sees results (k); never below 3. */
  poll_min_answers: Generated<number>;
}

export interface HolidayPeriodsTable {
  id: string;
  organisation_id: string;
  name: string;
  starts_on: string;
  ends_on: string;
}

export interface MembersTable {
  id: string;
  organisation_id: string;
  person_id: string | null;
  name: string;
  email: string | null;
  aad_object_id: string | null;
  created_at: Instant;
}

export interface MemberRolesTable {
  member_id: string;
  role: string;
  granted_at: Instant;
}

export interface CoachAssignmentsTable {
  coach_member_id: string;
  member_id: string;
}

export interface BuddyPairsTable {
  aanjager_member_id: string;
  maatje_member_id: string;
}

export interface InvitesTable {
  code_hash: string;
  organisation_id: string;
  role: string;
  uses_left: number;
  expires_at: Instant;
  created_at: Instant;
}

export interface ConsentEventsTable {
  id: string;
  person_id: string;
  study_id: string;
  seq: number;
  choice: string;
  text_version: number | null;
  text_hash: string | null;
  language: string | null;
  at: Instant;
}

export interface ContributionsTable {
  id: string;
  person_id: string;
  organisation_id: string;
  kind: string;
  /** ISO week such as 2026-W48, for contributions that belong to a week. */
  period: string | null;
  /** JSON array of goal numbers (1-4) the author tagged; not free text, so not encrypted. */
  tags: string | null;
  content: string;
  key_id: string;
  submitted_at: Instant;
  window_ends_at: Instant;
  updated_at: Instant;
  /** Saves of this entry so far: a card carries the revision it was drawn from. */
  revision: Generated<number>;
}

export interface AttachmentsTable {
  id: string;
  contribution_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  content: string;
  key_id: string;
  created_at: Instant;
}

export interface PseudonymsTable {
  study_id: string;
  subject_kind: string;
  subject_hash: string;
  code: string;
  created_at: Instant;
}

export interface AuditLogTable {
  id: string;
  at: Instant;
  actor: string;
  action: string;
  subject: string | null;
  details: string;
}

export interface LogboekSettingsTable {
  person_id: string;
  weekday: number;
  hour: number;
  minute: number;
  time_zone: string | null;
  paused_until: string | null;
  updated_at: Instant;
}

export interface LogboekWeeksTable {
  person_id: string;
  week: string;
  organisation_id: string;
  status: string;
  prompted_at: Instant | null;
  remind_at: Instant | null;
  reminded_at: Instant | null;
  updated_at: Instant;
  /** The Teams message holding this week's card now (sent on request or opened from a reminder). */
  card_activity_id: string | null;
}

/** Per logboek keeper, when a planning pass has work for them next (logboek-due.ts writes it). */
export interface LogboekDueTable {
  person_id: string;
  prompt_at: Instant | null;
  remind_at: Instant | null;
  /** The week whose reminder remind_at is. */
  remind_week: string | null;
  updated_at: Instant;
}

/** A study `koers demo` made; `koers demo --reset` removes these only. */
export interface DemoStudiesTable {
  study_id: string;
  created_at: Instant;
}

export interface KoersSchema {
  people: PeopleTable;
  conversations: ConversationsTable;
  bot_state: BotStateTable;
  outbox: OutboxTable;
  delivery_workers: DeliveryWorkersTable;
  studies: StudiesTable;
  consent_texts: ConsentTextsTable;
  organisations: OrganisationsTable;
  holiday_periods: HolidayPeriodsTable;
  members: MembersTable;
  member_roles: MemberRolesTable;
  coach_assignments: CoachAssignmentsTable;
  buddy_pairs: BuddyPairsTable;
  invites: InvitesTable;
  consent_events: ConsentEventsTable;
  contributions: ContributionsTable;
  attachments: AttachmentsTable;
  pseudonyms: PseudonymsTable;
  audit_log: AuditLogTable;
  logboek_settings: LogboekSettingsTable;
  logboek_weeks: LogboekWeeksTable;
  logboek_due: LogboekDueTable;
  action_points: ActionPointsTable;
  contact_budget: ContactBudgetTable;
  coaching_commitments: CoachingCommitmentsTable;
  coach_calls: CoachCallsTable;
  check_in_series: CheckInSeriesTable;
  check_ins: CheckInsTable;
  check_in_invitees: CheckInInviteesTable;
  recording_consents: RecordingConsentsTable;
  polls: PollsTable;
  poll_questions: PollQuestionsTable;
  poll_answers: PollAnswersTable;
  poll_markers: PollMarkersTable;
  reports: ReportsTable;
  report_versions: ReportVersionsTable;
  report_recipients: ReportRecipientsTable;
  report_answers: ReportAnswersTable;
  demo_studies: DemoStudiesTable;
}
