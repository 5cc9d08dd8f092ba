/**
 * Oogstverslagen and their member check (issue 19): after a start dialogue the researcher puts a
 * report to the participants, who agree or ask for a change; a new version goes out again, and
 * the version everyone agreed to (or the one the researcher closed on) is frozen with its hash.
 */
export type Verdict = 'agreed' | 'change';

export interface ReportVersion {
  id: string;
  number: number;
  /** SHA-256 of the text as sent, hex. */
  sha256: string;
  sentAt: Date;
  /** The date people are asked to answer by; later answers are still taken while it is open. */
  answerUntil: Date;
  remindedAt: Date | null;
  closedAt: Date | null;
}

export interface Report {
  id: string;
  organisationId: string;
  studyId: string;
  title: string;
  session: string;
  createdAt: Date;
  /** Oldest first; the last is the current one. */
  versions: ReportVersion[];
  approvedVersionId: string | null;
  approvedAt: Date | null;
}

export interface ReportAnswer {
  versionId: string;
  personId: string;
  verdict: Verdict;
  comment: string | null;
  answeredAt: Date;
  /** End of the bedenktijd (C4): a withdrawal before it deletes the comment. */
  windowEndsAt: Date;
}

/** How an answer went: stored (and whether it made the version final), or why not. */
export type ReportAnswerOutcome =
  | { stored: true; approved: boolean; windowEndsAt: Date }
  | { stored: false; reason: 'unknown' | 'not-sent' | 'closed' | 'no-consent' };

export type MemberCheckStatus = Verdict | 'open';

export function currentVersion(report: Report): ReportVersion | undefined {
  return report.versions.at(-1);
}

/** Answers are taken on the current version until a newer one goes out or the report is frozen. */
export function takesAnswers(report: Report, versionId: string): boolean {
  const current = currentVersion(report);
  return report.approvedVersionId === null && current?.id === versionId && !current.closedAt;
}

/** Where each person stands on one version: their answer, or 'open' when none came. */
export function memberCheck(
  personIds: readonly string[],
  answers: readonly Pick<ReportAnswer, 'versionId' | 'personId' | 'verdict'>[],
  versionId: string,
): Map<string, MemberCheckStatus> {
  const onVersion = new Map(
    answers.filter((a) => a.versionId === versionId).map((a) => [a.personId, a.verdict]),
  );
  return new Map(personIds.map((id) => [id, onVersion.get(id) ?? 'open']));
}

/** Every person it went to agreed to this version: then it is frozen. */
export function everyoneAgreed(statuses: Map<string, MemberCheckStatus>): boolean {
  return statuses.size > 0 && [...statuses.values()].every((status) => status === 'agreed');
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** The one reminder comes this long before the deadline. */
export const REMINDER_LEAD_DAYS = 2;

/** Two days before the deadline; halfway when the whole period is shorter than four days. */
export function reminderAt(version: Pick<ReportVersion, 'sentAt' | 'answerUntil'>): Date {
  const until = version.answerUntil.getTime();
  const lead = Math.min(REMINDER_LEAD_DAYS * DAY_MS, (until - version.sentAt.getTime()) / 2);
  return new Date(until - lead);
}

/** At most one reminder per version, only before its deadline and while it takes answers. */
export function reminderDue(version: ReportVersion, now: Date): boolean {
  return (
    version.remindedAt === null &&
    version.closedAt === null &&
    now.getTime() >= reminderAt(version).getTime() &&
    now.getTime() < version.answerUntil.getTime()
  );
}
