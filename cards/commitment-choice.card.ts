import { z } from 'zod';
import { NOTE_MAX_LENGTH, type CommitmentArgs } from '../domain/commitments';
import type { Language } from '../domain/language';
import { isValidLocalDate } from '../domain/local-date';
import { adaptiveCard, type AdaptiveCard } from './adaptive-card';
import { idInput } from './id-input';
import { strings } from './strings';

export interface CommitmentChoiceModel {
  language: Language;
  /** What is about to be recorded, worded for the person ("2 uur op 12 november"). */
  what: string;
  organisations: { id: string; name: string }[];
  /** The same id on every button: whichever is pressed first records, a second press nothing. */
  requestId: string;
  pending: CommitmentArgs;
}

export const commitmentChoiceSchema = z.looseObject({
  verb: z.literal('commitment-org'),
  requestId: z.uuid(),
  organisationId: idInput,
  kind: z.enum(['hours', 'dagdeel']),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  heldOn: z.string().refine(isValidLocalDate),
  note: z.string().max(NOTE_MAX_LENGTH).optional(),
});
export type CommitmentChoice = z.infer<typeof commitmentChoiceSchema>;

/** A teamcoach of several schools: which one the hours or the dagdeel belong to. */
export function renderCommitmentChoiceCard(model: CommitmentChoiceModel): AdaptiveCard {
  const { pending } = model;
  const text = strings(model.language).commitment.chooseOrganisation(model.what);
  return adaptiveCard(
    [{ type: 'TextBlock', text, wrap: true }],
    model.organisations.map((organisation) => ({
      type: 'Action.Submit',
      // Action titles are plain text in Teams, so the name needs no markdown escaping.
      title: organisation.name,
      data: {
        verb: 'commitment-org',
        requestId: model.requestId,
        organisationId: organisation.id,
        kind: pending.kind,
        ...(pending.minutes !== null && { minutes: pending.minutes }),
        heldOn: pending.heldOn,
        ...(pending.note !== undefined && { note: pending.note }),
      },
    })),
  );
}
