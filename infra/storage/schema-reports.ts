import type { Instant } from './schema';

/** Oogstverslagen, their versions, who they went to, and the member check's answers. */
export interface ReportsTable {
  id: string;
  organisation_id: string;
  study_id: string;
  /** Encrypted. */
  title: string;
  key_id: string;
  session: string;
  created_at: Instant;
  approved_version_id: string | null;
  approved_at: Instant | null;
}

export interface ReportVersionsTable {
  id: string;
  report_id: string;
  number: number;
  /** Encrypted. */
  text: string;
  key_id: string;
  /** SHA-256 of the plain text, hex. */
  sha256: string;
  sent_at: Instant;
  answer_until: Instant;
  reminded_at: Instant | null;
  closed_at: Instant | null;
}

export interface ReportRecipientsTable {
  report_id: string;
  member_id: string;
  person_id: string;
}

export interface ReportAnswersTable {
  id: string;
  version_id: string;
  person_id: string;
  /** 'agreed' | 'change' */
  verdict: string;
  /** Encrypted; null with an agreement. */
  comment: string | null;
  key_id: string;
  answered_at: Instant;
  window_ends_at: Instant;
}
