import type { ContributionMention, WithdrawalOutcome } from '../domain/contributions';
import { parseIsoWeekId } from '../domain/iso-week';
import type { Language } from '../domain/language';
import { strings } from './strings';

export interface WithdrawalReceiptModel {
  language: Language;
  outcome: WithdrawalOutcome;
  /** The day a contribution was sent, as the person reads dates. */
  dayOf: (mention: ContributionMention) => string;
}

/**
 * After stopping (C2, C4, C5): in words, what was deleted, what stays under a pseudonym and
 * why, and what Koers keeps of everyone who ever answered the consent question.
 */
export function withdrawalReceipt({ language, outcome, dayOf }: WithdrawalReceiptModel): string {
  const t = strings(language).withdraw;
  const list = new Intl.ListFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { type: 'conjunction' });
  // A week's logboek is named by its week; notes by their day, counted when a day holds more.
  const named = (mentions: ContributionMention[]) => {
    const weeks = new Set<string>();
    const days = new Map<string, number>();
    for (const mention of mentions) {
      if (mention.kind === 'logboek-entry' && mention.period) weeks.add(mention.period);
      else days.set(dayOf(mention), (days.get(dayOf(mention)) ?? 0) + 1);
    }
    return [
      ...[...weeks].map((week) => t.items.entry(parseIsoWeekId(week).week)),
      ...[...days].map(([day, count]) => t.items.note(day, count)),
    ];
  };
  const { erased, kept } = outcome;
  const deleted = [
    ...named(erased.contributions),
    ...(erased.files > 0 ? [t.items.files(erased.files)] : []),
    ...(erased.pollAnswers > 0 ? [t.items.pollAnswers(erased.pollAnswers)] : []),
    ...(erased.reportAnswers > 0 ? [t.items.reportAnswers(erased.reportAnswers)] : []),
  ];
  const staying = [
    ...named(kept.contributions),
    ...(kept.pollAnswers > 0 ? [t.items.pollAnswers(kept.pollAnswers)] : []),
    ...(kept.reportAnswers > 0 ? [t.items.reportAnswers(kept.reportAnswers)] : []),
  ];
  return [
    t.stopped,
    deleted.length > 0 ? t.deleted(list.format(deleted)) : t.nothingDeleted,
    ...(staying.length > 0 ? [t.keptUnderPseudonym(list.format(staying))] : []),
    t.alwaysKept,
    t.thanks,
  ].join(' ');
}
