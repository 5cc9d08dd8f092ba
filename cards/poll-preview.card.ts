import type { Language } from '../domain/language';
import type { PollQuestion } from '../domain/polls';
import { adaptiveCard, escapeMarkdown, type AdaptiveCard, type SubmitData } from './adaptive-card';
import type { PollSetup } from './poll-setup.card';
import { strings } from './strings';

export interface PollPreviewModel {
  language: Language;
  setup: PollSetup;
  title: string;
  /** Every slot of the template, with the text as it stands (an empty one is left out on send). */
  questions: PollQuestion[];
  /** Closing moment and audience, ready to show. */
  closes: string;
  audience: string;
  /** Why the last try could not be sent, if it could not. */
  problem?: string;
}

/** The questions to edit, what the poll will be, and send. */
export function renderPollPreviewCard(model: PollPreviewModel): AdaptiveCard {
  const t = strings(model.language).poll;
  const { setup } = model;
  const carried = (verb: 'poll-preview' | 'poll-send'): SubmitData => ({
    verb,
    template: setup.template,
    anonymous: setup.anonymous,
    closesOn: setup.closesOn,
    closesAt: setup.closesAt,
    ...(setup.people ? { people: setup.people } : {}),
  });
  const facts = [
    setup.anonymous === 'true' ? t.anonymousFact : t.namedFact,
    t.closes(model.closes),
    model.audience,
  ];
  return adaptiveCard(
    [
      {
        type: 'TextBlock',
        text: t.previewTitle(escapeMarkdown(model.title)),
        wrap: true,
        style: 'heading',
        weight: 'bolder',
      },
      ...(model.problem
        ? [{ type: 'TextBlock' as const, text: model.problem, wrap: true as const }]
        : []),
      { type: 'TextBlock', text: facts.join(' · '), wrap: true, isSubtle: true },
      { type: 'TextBlock', text: t.previewIntro, wrap: true },
      ...model.questions.map((q, position) => ({
        type: 'Input.Text' as const,
        id: `q${position}`,
        label: t.questionLabel(position + 1, t.kinds[q.kind]),
        maxLength: 500,
        value: q.text,
        spacing: 'medium' as const,
      })),
    ],
    [
      { type: 'Action.Submit', title: t.send, data: carried('poll-send') },
      { type: 'Action.Submit', title: t.preview, data: carried('poll-preview') },
    ],
  );
}
