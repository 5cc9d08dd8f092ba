import { allows, type Viewer } from '../../domain/access.rules';
import type { Stores } from '../../infra/storage/stores';
import { studyReportStatuses } from '../../services/report-status';
import type { ReportOverview } from '../dashboard.model';

type ReportStores = Pick<Stores, 'reports' | 'reportAnswers'>;

/** For an onderzoeker: every report of their studies, with the same status as the CLI's. */
export async function reportsView(
  viewer: Viewer,
  stores: ReportStores,
): Promise<ReportOverview[] | null> {
  const studyIds = new Set(
    viewer.memberships
      .filter((m) => allows(viewer, { action: 'research', studyId: m.studyId }))
      .map((m) => m.studyId),
  );
  if (studyIds.size === 0) return null;
  const statuses = (
    await Promise.all([...studyIds].map((id) => studyReportStatuses(stores, id)))
  ).flat();
  const iso = (at: Date | null) => at?.toISOString() ?? null;
  return statuses.map((s) => ({
    id: s.id,
    title: s.title,
    session: s.session,
    versions: s.versions.map((v) => ({
      number: v.number,
      sha256: v.sha256,
      sentAt: v.sentAt.toISOString(),
      answerUntil: v.answerUntil.toISOString(),
      closedAt: iso(v.closedAt),
    })),
    approved: s.approved && {
      number: s.approved.number,
      sha256: s.approved.sha256,
      approvedAt: s.approved.approvedAt.toISOString(),
    },
    people: s.people.map((p) => ({
      name: p.name,
      status: p.status,
      comments: p.comments.map((c) => ({ version: c.version, text: c.text })),
    })),
  }));
}

/**
 * A report's text for a participant it was sent to (`?report=<id>`): the frozen version, else the
 * current one. Undefined for anyone else, so the tab refuses them.
 */
export async function reportToRead(stores: ReportStores, personId: string, reportId: string) {
  const report = await stores.reports.get(reportId);
  if (!report) return undefined;
  const recipients = await stores.reports.recipients(report.id);
  if (!recipients.some((r) => r.personId === personId)) return undefined;
  const version =
    report.versions.find((v) => v.id === report.approvedVersionId) ?? report.versions.at(-1);
  if (!version) return undefined;
  const text = (await stores.reports.text(version.id)) ?? '';
  return { title: report.title, version: version.number, sha256: version.sha256, text };
}
