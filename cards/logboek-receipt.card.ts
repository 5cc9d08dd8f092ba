import { z } from 'zod';
import type { Language } from '../domain/language';
import { adaptiveCard, executeAction, type AdaptiveCard, type TextBlock } from './adaptive-card';
import { assertLogboekWeek, goalNumbers, logboekWeekSchema } from './logboek.card';
import { strings } from './strings';

export interface LogboekReceiptModel {
  language: Language;
  week: number;
  weekId: string;
  /** When it was saved, formatted for the reader. */
  savedAt: string;
  /** Last day the entry can still be changed, formatted; null once its withdrawal window closed. */
  editableUntil: string | null;
  goals: number[];
  skipped?: boolean;
  /** A line under the heading, such as where a kept-both text went. */
  notice?: string;
  /** The reader's Teams id: Teams then asks for the receipt anew whenever they see it. */
  refreshFor?: string;
}

export const logboekEditSchema = z.looseObject({
  verb: z.literal('logboek-edit'),
  week: logboekWeekSchema,
});

/** Teams' refresh of a receipt: it shows what is stored now, not what was saved from this card. */
export const logboekReceiptSchema = z.looseObject({
  verb: z.literal('logboek-receipt'),
  week: logboekWeekSchema,
});

/**
 * What the logboek card turns into once saved or skipped. It never shows what was written: a
 * chat is often read on a shared screen.
 */
export function renderLogboekReceiptCard(model: LogboekReceiptModel): AdaptiveCard {
  const { language, week, weekId, savedAt, editableUntil, goals, skipped = false } = model;
  assertLogboekWeek(week, weekId);
  const t = strings(language).logboek;
  const tags = goalNumbers.filter((goal) => goals.includes(goal)).map((goal) => t.goalTags[goal]);
  const until =
    editableUntil === null ? [] : [(skipped ? t.fillInUntil : t.editUntil)(editableUntil)];
  const line = (text: string, isSubtle = false): TextBlock => ({
    type: 'TextBlock',
    text,
    wrap: true,
    ...(isSubtle ? { isSubtle } : {}),
  });
  const card = adaptiveCard(
    [
      { ...line(skipped ? t.skipped(week) : t.saved(week)), style: 'heading', weight: 'bolder' },
      ...(model.notice ? [line(model.notice)] : []),
      line(t.savedAt(savedAt), true),
      ...(!skipped && tags.length > 0 ? [line(t.tagged(tags.join(' · ')))] : []),
      ...until.map((text) => line(text, true)),
    ],
    editableUntil === null
      ? undefined
      : [executeAction(skipped ? t.fillIn : t.edit, { verb: 'logboek-edit', week: weekId })],
  );
  if (!model.refreshFor) return card;
  const data = { verb: 'logboek-receipt', week: weekId };
  return {
    ...card,
    refresh: {
      action: { type: 'Action.Execute', verb: data.verb, data },
      userIds: [model.refreshFor],
    },
  };
}
