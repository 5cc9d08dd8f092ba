import { z } from 'zod';
import type { Language } from '../domain/language';
import { adaptiveCard, type AdaptiveCard } from './adaptive-card';
import { idInput } from './id-input';
import { strings } from './strings';

/** "Ongedaan maken" under a kept note, and "verwijderen" beside a note in `mijn logboek`. */
export const noteUndoSchema = z.looseObject({ verb: z.literal('note-undo'), id: idInput });

export function noteUndoAction(language: Language, noteId: string, title?: string) {
  const t = strings(language).logboekFlow;
  return {
    type: 'Action.Submit' as const,
    title: title ?? t.undo,
    data: { verb: 'note-undo', id: noteId },
  };
}

/**
 * A note was kept with the week: the person can still take it back at once (a text after
 * `logboek` may have been meant as something else), and until the end of its bedenktijd.
 */
export function renderNoteReceiptCard(model: {
  language: Language;
  week: number;
  until: string;
  noteId: string;
}): AdaptiveCard {
  const t = strings(model.language).logboekFlow;
  return adaptiveCard(
    [{ type: 'TextBlock', text: t.noteSaved(model.week, model.until), wrap: true }],
    [noteUndoAction(model.language, model.noteId)],
  );
}
