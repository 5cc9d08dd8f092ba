import { cardMessage } from '../cards/attachment';
import { renderReportCard, reportReadUrl } from '../cards/report.card';
import { mayContribute } from '../domain/consent.rules';
import type { ConsentRegister } from '../domain/contributions';
import { pickLanguage } from '../domain/language';
import type { OutboxDraft } from '../domain/messages';
import type { People } from '../domain/people';
import type { Report, ReportVersion } from '../domain/reports';

export interface ReportMessageDeps {
  people: Pick<People, 'findById'>;
  consents: Pick<ConsentRegister, 'latest'>;
  reports: { text(versionId: string): Promise<string | undefined> };
  organisations: { findOrganisation(id: string): Promise<{ timeZone: string } | undefined> };
  appId: string;
  defaultLocale: string;
  defaultTimeZone: string;
}

/**
 * One card per person for a version of a report, through the outbox, in each person's language;
 * only to who still takes part (C1, C5: after stopping nothing more is asked). The reminder is
 * the same card with a line above it.
 */
export async function reportDrafts(
  deps: ReportMessageDeps,
  report: Report,
  version: ReportVersion,
  personIds: readonly string[],
  at: Date,
  kind: 'report' | 'report-reminder',
): Promise<OutboxDraft[]> {
  const text = (await deps.reports.text(version.id)) ?? '';
  const organisation = await deps.organisations.findOrganisation(report.organisationId);
  const drafts: OutboxDraft[] = [];
  for (const personId of personIds) {
    if (!mayContribute(await deps.consents.latest(personId, report.studyId))) continue;
    const person = await deps.people.findById(personId);
    if (!person) continue;
    const card = renderReportCard({
      language: pickLanguage(person.locale, deps.defaultLocale),
      title: report.title,
      version,
      answerUntil: version.answerUntil,
      timeZone: organisation?.timeZone ?? deps.defaultTimeZone,
      text,
      readUrl: reportReadUrl(deps.appId, report.id),
      reminder: kind === 'report-reminder',
    });
    drafts.push({
      dedupeKey: `${personId}:${kind}:${version.id}`,
      purpose: kind,
      target: { personId },
      activity: cardMessage(card),
      notBefore: at,
      // Once the version takes no more answers, its card is not worth sending.
      ...(kind === 'report-reminder' ? { staleAt: version.answerUntil } : {}),
    });
  }
  return drafts;
}
