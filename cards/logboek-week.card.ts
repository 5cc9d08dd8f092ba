import type { Language } from '../domain/language';
import {
  adaptiveCard,
  executeAction,
  type AdaptiveCard,
  type CardElement,
  type TextBlock,
} from './adaptive-card';
import { assertLogboekWeek, goalNumbers, type LogboekRole, type QuestionId } from './logboek.card';
import { noteUndoAction } from './note-receipt.card';
import { strings } from './strings';
import { escapeWithin } from './text-budget';

export interface LogboekWeekModel {
  language: Language;
  week: number;
  weekId: string;
  /** Whose questions the entry answered. */
  role: LogboekRole;
  /** When the week's entry (or else its first note) was written, formatted. */
  writtenOn: string | null;
  /** The week's entry; null when the week holds only notes. */
  entry: { answers: Partial<Record<QuestionId, string>>; goals: number[] } | null;
  /** The week's notes, oldest first, as written; `removableId` while its author may take it back. */
  notes: { text: string; removableId?: string }[];
  files: { name: string; sizeBytes: number }[];
  /** Last day the entry can still be changed, formatted; null once its window closed. */
  editableUntil: string | null;
}

const questionIds: readonly QuestionId[] = ['q1', 'q2', 'q3', 'q4', 'q5'];

// User text on one card, in bytes of JSON: the card stays well under 80 KB whatever was written.
export const WEEK_TEXT_BUDGET = 60_000;

/** One week of someone's own logboek in full: answers, notes, files and goal tags. */
export function renderLogboekWeekCard(model: LogboekWeekModel): AdaptiveCard {
  const { language, week, weekId, role, entry, notes, files, editableUntil } = model;
  assertLogboekWeek(week, weekId);
  const { myLogboek: t, logboek } = strings(language);
  const questions = role === 'teamcoach' ? logboek.coachQuestions : logboek.questions;
  const typed = entry ? questionIds.map((id) => entry.answers[id]?.trim() ?? '') : [];
  // A week kept as a recording or a file alone: no five empty questions above it.
  const answers = typed.some((answer) => answer !== '') ? typed : [];
  const fitted = escapeWithin(
    [...answers, ...notes.map((note) => note.text), ...files.map((f) => f.name)],
    WEEK_TEXT_BUDGET,
  );
  const shown = (from: number, count: number) => fitted.texts.slice(from, from + count);
  const fittedNotes = shown(answers.length, notes.length);
  const fittedFiles = shown(answers.length + notes.length, files.length);
  const tags = goalNumbers.filter((g) => entry?.goals.includes(g)).map((g) => logboek.goalTags[g]);

  const body: CardElement[] = [
    text(t.weekTitle(week), { style: 'heading', weight: 'bolder' }),
    ...(model.writtenOn ? [text(t.writtenOn(model.writtenOn), subtle)] : []),
    ...(tags.length > 0 ? [text(logboek.tagged(tags.join(' · ')))] : []),
    ...answers.flatMap((answer, index) => {
      const fittedAnswer = fitted.texts[index];
      if (answer !== '' && fittedAnswer === undefined) return [];
      return [
        text(questions[index] ?? '', { weight: 'bolder', spacing: 'medium' }),
        answer === '' ? text(t.leftEmpty, subtle) : text(fittedAnswer ?? ''),
      ];
    }),
    ...noteSection(t.notes, fittedNotes, notes, language),
    ...section(
      t.files,
      fittedFiles.map((name, i) =>
        name === undefined
          ? undefined
          : `${name} (${fileSize(files[i]?.sizeBytes ?? 0, language)})`,
      ),
    ),
    ...(fitted.shortened ? [text(t.shortened, { ...subtle, spacing: 'medium' })] : []),
    ...(editableUntil === null
      ? []
      : [text(logboek.editUntil(editableUntil), { ...subtle, spacing: 'medium' })]),
  ];
  return adaptiveCard(
    body,
    editableUntil === null
      ? undefined
      : [executeAction(logboek.edit, { verb: 'logboek-edit', week: weekId })],
  );
}

const subtle = { isSubtle: true } as const;

function text(line: string, extra: Partial<Omit<TextBlock, 'type' | 'text'>> = {}): TextBlock {
  return { type: 'TextBlock', text: line, wrap: true, ...extra };
}

function section(title: string, lines: (string | undefined)[]): TextBlock[] {
  const present = lines.filter((line): line is string => line !== undefined);
  if (present.length === 0) return [];
  return [text(title, { weight: 'bolder', spacing: 'medium' }), ...present.map((l) => text(l))];
}

/** The notes, each with a button to take it back while that can still be done. */
function noteSection(
  title: string,
  fitted: (string | undefined)[],
  notes: LogboekWeekModel['notes'],
  language: Language,
): CardElement[] {
  const flow = strings(language).logboekFlow;
  return section(title, fitted).flatMap((block, index): CardElement[] => {
    const id = index === 0 ? undefined : notes[index - 1]?.removableId;
    if (id === undefined) return [block];
    const remove = noteUndoAction(language, id, flow.removeNote);
    return [block, { type: 'ActionSet', actions: [remove], spacing: 'small' }];
  });
}

/** '340 kB', '1,2 MB': in the reader's own number format. */
export function fileSize(sizeBytes: number, language: Language): string {
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  if (sizeBytes < 1024 * 1024) return `${Math.max(1, Math.ceil(sizeBytes / 1024))} kB`;
  const megabytes = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return `${megabytes.format(sizeBytes / (1024 * 1024))} MB`;
}
