import { z } from 'zod';
import type { Language } from '../domain/language';
import { adaptiveCard, executeAction, type AdaptiveCard, type TextBlock } from './adaptive-card';
import { dayText } from './check-in-when';
import { idInput } from './id-input';
import { strings } from './strings';
import { escapeWithin } from './text-budget';

/** What a comment may hold; the card's field stops there too. */
export const REPORT_COMMENT_MAX = 4000;
/** Of the card's JSON, what the report's text may take; a longer report is read in the tab. */
export const REPORT_TEXT_BYTES = 12_000;
/** How much of a long report the card shows before the link. */
const EXCERPT_BYTES = 1_200;

export const reportAgreeSchema = z.looseObject({
  verb: z.literal('report-agree'),
  versionId: idInput,
});
export const reportChangeSchema = z.looseObject({
  verb: z.literal('report-change'),
  versionId: idInput,
  comment: z
    .string()
    .max(REPORT_COMMENT_MAX * 2)
    .optional(),
});
export const reportOpenSchema = z.looseObject({
  verb: z.literal('report-open'),
  versionId: idInput,
});
export const reportActionSchema = z.discriminatedUnion('verb', [
  reportAgreeSchema,
  reportChangeSchema,
  reportOpenSchema,
]);
export type ReportAction = z.infer<typeof reportActionSchema>;

export interface ReportCardModel {
  language: Language;
  title: string;
  version: { id: string; number: number };
  /** The deadline: the first moment after the last day to answer. */
  answerUntil: Date;
  /** The organisation's, in which the deadline's day is read. */
  timeZone: string;
  text: string;
  /** Where a participant reads a long report: the tab, opened on this report. */
  readUrl: string;
  /** The one reminder before the deadline. */
  reminder?: boolean;
  /** What the person wrote before, when they answer again. */
  comment?: string;
}

const line = (text: string, extra: Partial<TextBlock> = {}): TextBlock => ({
  type: 'TextBlock',
  text,
  wrap: true,
  ...extra,
});

/** The report to check: its text (or the start and a link to the tab), akkoord or a comment. */
export function renderReportCard(model: ReportCardModel): AdaptiveCard {
  const t = strings(model.language).report;
  const paragraphs = model.text.split(/\n{2,}/).filter((p) => p.trim() !== '');
  const whole = escapeWithin(paragraphs, REPORT_TEXT_BYTES);
  const shown = whole.shortened ? escapeWithin(paragraphs, EXCERPT_BYTES) : whole;
  const data = { versionId: model.version.id };
  const until = lastDayText(model.answerUntil, model.language, model.timeZone);
  return adaptiveCard(
    [
      ...(model.reminder ? [line(t.reminder(until))] : []),
      line(escapeWithin([model.title], 400).texts[0] ?? '', { style: 'heading', weight: 'bolder' }),
      line(t.version(model.version.number, until), { isSubtle: true, spacing: 'none' }),
      line(t.intro),
      ...(whole.shortened ? [line(t.longIntro, { isSubtle: true })] : []),
      ...shown.texts.flatMap((text) => (text === undefined ? [] : [line(text)])),
      ...(whole.shortened
        ? [
            {
              type: 'ActionSet' as const,
              actions: [
                { type: 'Action.OpenUrl' as const, title: t.readInTab, url: model.readUrl },
              ],
            },
          ]
        : []),
      {
        type: 'Input.Text',
        id: 'comment',
        label: t.commentLabel,
        isMultiline: true,
        maxLength: REPORT_COMMENT_MAX,
        ...(model.comment ? { value: model.comment } : {}),
        spacing: 'large',
      },
    ],
    [
      executeAction(t.agree, { verb: 'report-agree', ...data }, 'none'),
      executeAction(t.change, { verb: 'report-change', ...data }),
    ],
  );
}

/** A period that ends at a local midnight, named by its last day: "dinsdag 15 december". */
export function lastDayText(endsAt: Date, language: Language, timeZone: string): string {
  return dayText(new Date(endsAt.getTime() - 1), language, timeZone);
}

/**
 * A Teams deep link to the dashboard tab opened on one report (`subEntityId`), where a
 * participant it was sent to reads the whole text.
 */
export function reportReadUrl(appId: string, reportId: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: `report:${reportId}` }));
  return `https://teams.microsoft.com/l/entity/${appId}/dashboard?context=${context}`;
}
