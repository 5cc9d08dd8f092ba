import { z } from 'zod';
import type { Language } from '../domain/language';
import { isValidLocalDate } from '../domain/local-date';
import { adaptiveCard, type AdaptiveCard, type CardElement } from './adaptive-card';
import { strings } from './strings';
import { pollTemplateIds } from './strings.poll';

export interface PollSetupModel {
  language: Language;
  /** Typed in a channel or group chat: the poll goes there. Otherwise, to chosen people. */
  audience: { kind: 'conversation' } | { kind: 'people'; people: { id: string; name: string }[] };
  /** Local date and time proposed for closing. */
  closesOn: string;
  closesAt: string;
}

const question = z.string().max(500).optional();

/** Preview and send carry the whole setup, so nothing waits in state between the two cards. */
export const pollSetupSchema = z.looseObject({
  verb: z.enum(['poll-preview', 'poll-send']),
  template: z.enum(pollTemplateIds),
  anonymous: z.enum(['true', 'false']),
  // A real date: '2026-13-01' has the form of one, and the dialog's clock arithmetic threw on it.
  closesOn: z.string().refine(isValidLocalDate),
  closesAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  people: z.string().max(20_000).optional(),
  q0: question,
  q1: question,
  q2: question,
  q3: question,
  q4: question,
});
export type PollSetup = z.infer<typeof pollSetupSchema>;

/** `peiling`: a template, anonymous or named, when it closes and, outside a chat, to whom. */
export function renderPollSetupCard(model: PollSetupModel): AdaptiveCard {
  const t = strings(model.language).poll;
  const { audience } = model;
  const who: CardElement[] =
    audience.kind === 'conversation'
      ? [{ type: 'TextBlock', text: t.audienceHere, wrap: true, isSubtle: true }]
      : [
          {
            type: 'Input.ChoiceSet',
            id: 'people',
            label: t.audiencePeopleLabel,
            choices: audience.people.map((p) => ({ title: p.name, value: p.id })),
            isMultiSelect: true,
            style: 'expanded',
            value: audience.people.map((p) => p.id).join(','),
            wrap: true,
          },
        ];
  return adaptiveCard(
    [
      { type: 'TextBlock', text: t.setupTitle, wrap: true, style: 'heading', weight: 'bolder' },
      { type: 'TextBlock', text: t.setupIntro, wrap: true },
      {
        type: 'Input.ChoiceSet',
        id: 'template',
        label: t.templateLabel,
        choices: pollTemplateIds.map((id) => ({ title: t.templates[id].name, value: id })),
        style: 'expanded',
        value: pollTemplateIds[0],
        wrap: true,
      },
      {
        type: 'Input.Toggle',
        id: 'anonymous',
        title: t.anonymousLabel,
        value: 'true',
        valueOn: 'true',
        valueOff: 'false',
        wrap: true,
      },
      { type: 'Input.Date', id: 'closesOn', label: t.closesOnLabel, value: model.closesOn },
      { type: 'Input.Time', id: 'closesAt', label: t.closesAtLabel, value: model.closesAt },
      ...who,
    ],
    [{ type: 'Action.Submit', title: t.preview, data: { verb: 'poll-preview' } }],
  );
}
