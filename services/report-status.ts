import {
  memberCheck,
  type MemberCheckStatus,
  type Report,
  type ReportAnswer,
  type ReportVersion,
} from '../domain/reports';
import type { ReportRecipient } from '../infra/storage/reports.store';
import type { Stores } from '../infra/storage/stores';

/** Where a report stands, for the researcher: the same in the CLI and in the tab. */
export interface ReportStatus {
  id: string;
  title: string;
  session: string;
  versions: Omit<ReportVersion, 'id'>[];
  /** The frozen version: everyone agreed to it, or the researcher closed on it. */
  approved: { number: number; sha256: string; sentAt: Date; approvedAt: Date } | null;
  /** Per person, on the current (or frozen) version, with every comment they made. */
  people: {
    name: string;
    email: string | null;
    status: MemberCheckStatus;
    comments: { version: number; text: string; answeredAt: Date }[];
  }[];
}

export function reportStatus(
  report: Report,
  recipients: readonly ReportRecipient[],
  answers: readonly ReportAnswer[],
): ReportStatus {
  const numberOf = new Map(report.versions.map((v) => [v.id, v.number]));
  const approvedVersion = report.versions.find((v) => v.id === report.approvedVersionId);
  const shown = approvedVersion ?? report.versions.at(-1);
  const statuses = memberCheck(
    recipients.map((r) => r.personId),
    answers,
    shown?.id ?? '',
  );
  return {
    id: report.id,
    title: report.title,
    session: report.session,
    versions: report.versions.map(({ id: _id, ...version }) => version),
    approved:
      approvedVersion && report.approvedAt
        ? {
            number: approvedVersion.number,
            sha256: approvedVersion.sha256,
            sentAt: approvedVersion.sentAt,
            approvedAt: report.approvedAt,
          }
        : null,
    people: recipients.map((r) => ({
      name: r.name,
      email: r.email,
      status: statuses.get(r.personId) ?? 'open',
      comments: answers
        .filter((a) => a.personId === r.personId && a.comment !== null)
        .map((a) => ({
          version: numberOf.get(a.versionId) ?? 0,
          text: a.comment ?? '',
          answeredAt: a.answeredAt,
        })),
    })),
  };
}

/** Every report of a study, newest first, as the researcher's tab shows them. */
export async function studyReportStatuses(
  stores: Pick<Stores, 'reports' | 'reportAnswers'>,
  studyId: string,
): Promise<ReportStatus[]> {
  const reports = await stores.reports.listForStudy(studyId);
  return Promise.all(
    reports.map(async (report) =>
      reportStatus(
        report,
        await stores.reports.recipients(report.id),
        await stores.reportAnswers.answersTo(report.id),
      ),
    ),
  );
}
