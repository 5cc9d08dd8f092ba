import { z } from 'zod';
import type { Language } from '../domain/language';
import { adaptiveCard, escapeMarkdown, type AdaptiveCard } from './adaptive-card';
import { idInput } from './id-input';
import { strings } from './strings';

export const NUDGE_LINE_MAX = 280;

export interface NudgeCardModel {
  language: Language;
  memberId: string;
  name: string;
}

/** The coach's one optional personal line; empty is fine, spaces only count as empty. */
export const nudgeSendSchema = z.looseObject({
  verb: z.literal('nudge-send'),
  memberId: idInput,
  line: z
    .string()
    .max(NUDGE_LINE_MAX)
    .optional()
    .transform((line) => (line === undefined || line.trim() === '' ? null : line.trim())),
});
export type NudgeSend = z.infer<typeof nudgeSendSchema>;

/** Before a nudge goes out: who it is for, and room for one personal line. */
export function renderNudgeCard(model: NudgeCardModel): AdaptiveCard {
  const t = strings(model.language).nudge;
  return adaptiveCard(
    [
      {
        type: 'TextBlock',
        text: t.title(escapeMarkdown(model.name)),
        wrap: true,
        weight: 'bolder',
      },
      { type: 'TextBlock', text: t.intro, wrap: true },
      { type: 'Input.Text', id: 'line', label: t.lineLabel, maxLength: NUDGE_LINE_MAX },
    ],
    [
      {
        type: 'Action.Submit',
        title: t.send,
        data: { verb: 'nudge-send', memberId: model.memberId },
      },
    ],
  );
}
