import { z } from 'zod';
import { NOTE_MAX_LENGTH, type CommitmentArgs, type CommitmentKind } from '../domain/commitments';
import { isValidLocalDate, localDateParts, type LocalDate } from '../domain/local-date';

export type ParsedCommitment =
  { ok: true; value: CommitmentArgs } | { ok: false; reason: 'usage' | 'in-future' };

// "1,5", "2", "0.75", "1,5u", "2 uur": hours with a comma or a dot, to the minute.
const AMOUNT = /^(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:uur|u|hours?|h)?(?=\s|$)/i;
// "12-11", "12/11", "12-11-2026": day first, as Dutch people write it.
const DATE = /^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{4}))?(?=\s|$)/;

const argsSchema = z.object({
  kind: z.enum(['hours', 'dagdeel']),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .nullable(),
  heldOn: z.string().refine(isValidLocalDate),
  note: z.string().trim().min(1).max(NOTE_MAX_LENGTH).optional(),
});

/**
 * `uren <aantal> [datum] [notitie]` and `dagdeel [datum] [notitie]`. Without a date it is today;
 * a date without a year is the latest such day up to today, so "30-12" in January is last year's.
 */
export function parseCommitmentArgs(
  kind: CommitmentKind,
  args: string,
  today: LocalDate,
): ParsedCommitment {
  let rest = args.trim();
  const take = (pattern: RegExp) => {
    const match = pattern.exec(rest);
    if (match) rest = rest.slice(match[0].length).trimStart();
    return match;
  };
  let minutes: number | null = null;
  if (kind === 'hours') {
    const amount = take(AMOUNT)?.[1];
    if (amount === undefined) return { ok: false, reason: 'usage' };
    minutes = Math.round(Number(amount.replace(',', '.')) * 60);
  }
  const date = take(DATE);
  const heldOn = date ? dateFrom(date, today) : today;
  const parsed = argsSchema.safeParse({
    kind,
    minutes,
    heldOn,
    ...(rest ? { note: rest } : {}),
  });
  if (!parsed.success) return { ok: false, reason: 'usage' };
  if (parsed.data.heldOn > today) return { ok: false, reason: 'in-future' };
  const { note, ...value } = parsed.data;
  return { ok: true, value: note ? { ...value, note } : value };
}

function dateFrom(match: RegExpExecArray, today: LocalDate): string {
  const [day, month] = [match[1], match[2]].map((part) => (part ?? '').padStart(2, '0'));
  const thisYear = localDateParts(today).year;
  if (match[3]) return `${match[3]}-${month}-${day}`;
  const candidate = `${thisYear}-${month}-${day}`;
  return candidate > today ? `${thisYear - 1}-${month}-${day}` : candidate;
}
