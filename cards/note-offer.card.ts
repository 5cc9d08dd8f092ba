import { z } from 'zod';
import type { Language } from '../domain/language';
import { adaptiveCard, escapeMarkdown, type AdaptiveCard } from './adaptive-card';
import { strings } from './strings';

export interface NoteOfferModel {
  language: Language;
  week: number;
  text: string;
}

/** The longest note kept at once; a longer message is refused with a word, not cut short. */
export const NOTE_MAX_CHARACTERS = 20_000;

export const noteSaveSubmitSchema = z.looseObject({
  verb: z.literal('note-save'),
  note: z.string().trim().min(1).max(NOTE_MAX_CHARACTERS),
});
export const noteDiscardSubmitSchema = z.looseObject({ verb: z.literal('note-discard') });

/**
 * A plain message is not a logboek entry until the person says so. The text travels in the
 * card, not in Koers' storage, until they choose.
 */
export function renderNoteOfferCard({ language, week, text }: NoteOfferModel): AdaptiveCard {
  const t = strings(language).note;
  return adaptiveCard(
    [
      { type: 'TextBlock', text: t.offer(week), wrap: true },
      { type: 'TextBlock', text: escapeMarkdown(preview(text)), wrap: true, isSubtle: true },
    ],
    [
      { type: 'Action.Submit', title: t.save, data: { verb: 'note-save', note: text } },
      { type: 'Action.Submit', title: t.discard, data: { verb: 'note-discard' } },
    ],
  );
}

// The whole note rides in the button; the body shows its start, so a long note with many
// escaped characters cannot push the card past Teams' size limit.
const PREVIEW_CHARACTERS = 280;

function preview(text: string): string {
  return text.length <= PREVIEW_CHARACTERS
    ? text
    : `${text.slice(0, PREVIEW_CHARACTERS).trimEnd()}…`;
}
