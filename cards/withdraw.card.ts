import { z } from 'zod';
import type { Language } from '../domain/language';
import type { Study } from '../domain/organisations';
import { adaptiveCard, escapeMarkdown, type AdaptiveCard } from './adaptive-card';
import { idInput } from './id-input';
import { strings } from './strings';

export interface WithdrawCardModel {
  language: Language;
  study: Pick<Study, 'id' | 'name' | 'erasure'>;
  /** What a withdrawal now would erase and keep (domain planWithdrawal). */
  erase: number;
  keep: number;
}

export const withdrawSubmitSchema = z.looseObject({
  verb: z.enum(['withdraw', 'withdraw-cancel']),
  studyId: idInput,
});

/** Says exactly what stopping does before the person confirms it (C2, C4, C5). */
export function renderWithdrawCard({
  language,
  study,
  erase,
  keep,
}: WithdrawCardModel): AdaptiveCard {
  const t = strings(language).withdraw;
  const consequences =
    erase + keep === 0
      ? [t.nothingYet]
      : study.erasure === 'full'
        ? [t.eraseAll(erase + keep)]
        : [...(erase > 0 ? [t.eraseInside(erase)] : []), ...(keep > 0 ? [t.keepOlder(keep)] : [])];
  return adaptiveCard(
    [
      {
        type: 'TextBlock',
        text: t.title(escapeMarkdown(study.name)),
        wrap: true,
        style: 'heading',
        weight: 'bolder',
      },
      ...[...consequences, t.afterwards].map((text) => ({
        type: 'TextBlock' as const,
        text,
        wrap: true as const,
      })),
    ],
    [
      { type: 'Action.Submit', title: t.confirm, data: { verb: 'withdraw', studyId: study.id } },
      {
        type: 'Action.Submit',
        title: t.cancel,
        data: { verb: 'withdraw-cancel', studyId: study.id },
      },
    ],
  );
}
