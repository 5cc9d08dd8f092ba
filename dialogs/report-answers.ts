import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive-card';
import {
  lastDayText,
  renderReportCard,
  REPORT_COMMENT_MAX,
  type ReportAction,
} from '../cards/report.card';
import { renderReportReceiptCard } from '../cards/report-receipt.card';
import { strings } from '../cards/strings';
import type { Language } from '../domain/language';
import type { People } from '../domain/people';
import { takesAnswers, type Report, type ReportVersion } from '../domain/reports';
import type { Participation } from './participation';
import type { ReportAnswerShelf, ReportShelf } from './report-ports';
import { identityOf } from './teams-identity';

export type ReportReply = { card: AdaptiveCard } | { text: string };

/**
 * Answers on an oogstverslag's card: akkoord, a comment, or opening the card again to answer
 * differently. The reply is the person's receipt; the researcher reads the answers elsewhere.
 */
export class ReportAnswers {
  constructor(
    private readonly participation: Participation,
    private readonly reports: ReportShelf,
    private readonly answers: ReportAnswerShelf,
    private readonly people: Pick<People, 'findByAadObjectId'>,
    /** Where a long report is read in the tab. */
    private readonly readUrl: (reportId: string) => string,
  ) {}

  async answer(context: TurnContext, action: ReportAction): Promise<ReportReply> {
    const language = this.participation.language(context);
    const t = strings(language).report;
    const identity = identityOf(context.activity);
    const report = await this.reports.forVersion(action.versionId);
    const version = report?.versions.find((v) => v.id === action.versionId);
    if (!report || !version || !identity) return { text: strings(language).messages.invalidSubmit };
    // Only someone Koers knows can have been sent a report: answering creates no person.
    const person = await this.people.findByAadObjectId(identity.tenantId, identity.aadObjectId);
    if (!person) return { text: t.notSent };
    if (action.verb === 'report-open') {
      if (!takesAnswers(report, version.id)) return { text: t.closed(report.title) };
      const held = (await this.answers.answersTo(report.id)).find(
        (a) => a.versionId === version.id && a.personId === person.id,
      );
      return { card: await this.card(report, version, language, held?.comment ?? undefined) };
    }
    const comment = action.verb === 'report-change' ? (action.comment ?? '').trim() : null;
    if (comment === '') return { text: t.commentNeeded };
    if (comment && comment.length > REPORT_COMMENT_MAX) {
      return { text: t.commentTooLong(REPORT_COMMENT_MAX) };
    }
    const verdict = comment === null ? 'agreed' : 'change';
    const now = this.participation.now();
    const outcome = await this.answers.answer(version.id, person.id, { verdict, comment }, now);
    if (!outcome.stored) {
      if (outcome.reason === 'not-sent') return { text: t.notSent };
      if (outcome.reason === 'closed') return { text: t.closed(report.title) };
      if (outcome.reason === 'no-consent') return { text: t.consentFirst };
      return { text: strings(language).messages.invalidSubmit };
    }
    const timeZone = await this.participation.timeZoneOf(report.organisationId);
    const receipt = renderReportReceiptCard({
      language,
      title: report.title,
      version,
      verdict,
      comment,
      windowLastDay: lastDayText(outcome.windowEndsAt, language, timeZone),
      approved: outcome.approved,
    });
    return { card: receipt };
  }

  private async card(
    report: Report,
    version: ReportVersion,
    language: Language,
    comment: string | undefined,
  ): Promise<AdaptiveCard> {
    return renderReportCard({
      language,
      title: report.title,
      version,
      answerUntil: version.answerUntil,
      timeZone: await this.participation.timeZoneOf(report.organisationId),
      text: (await this.reports.text(version.id)) ?? '',
      readUrl: this.readUrl(report.id),
      ...(comment ? { comment } : {}),
    });
  }
}
