import type { Language } from '../domain/language';
import type { Verdict } from '../domain/reports';
import { adaptiveCard, escapeMarkdown, executeAction, type AdaptiveCard } from './adaptive-card';
import { strings } from './strings';

export interface ReportReceiptModel {
  language: Language;
  title: string;
  version: { id: string; number: number };
  verdict: Verdict;
  comment: string | null;
  /** The last day of the bedenktijd, as the person reads dates. */
  windowLastDay: string;
  /** Everyone agreed with this answer: the version is final, and nothing is left to change. */
  approved: boolean;
}

/** After an answer: what was recorded, until when it can be taken back, and a way to change it. */
export function renderReportReceiptCard(model: ReportReceiptModel): AdaptiveCard {
  const t = strings(model.language).report;
  const title = escapeMarkdown(model.title);
  const said =
    model.verdict === 'agreed'
      ? t.agreedReceipt(title, model.version.number)
      : t.changeReceipt(title, model.version.number);
  const body = [
    { type: 'TextBlock' as const, text: said, wrap: true as const },
    ...(model.comment
      ? [
          { type: 'TextBlock' as const, text: t.yourComment, wrap: true as const, isSubtle: true },
          { type: 'TextBlock' as const, text: escapeMarkdown(model.comment), wrap: true as const },
        ]
      : []),
    ...(model.approved
      ? [
          {
            type: 'TextBlock' as const,
            text: t.approved(title, model.version.number),
            wrap: true as const,
          },
        ]
      : []),
    {
      type: 'TextBlock' as const,
      text: t.windowNote(model.windowLastDay),
      wrap: true as const,
      isSubtle: true,
      size: 'small' as const,
    },
  ];
  const again = executeAction(t.answerAgain, { verb: 'report-open', versionId: model.version.id });
  return adaptiveCard(body, model.approved ? undefined : [again]);
}
