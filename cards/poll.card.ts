import type { Language } from '../domain/language';
import { SCALE, type PollQuestion } from '../domain/polls';
import {
  adaptiveCard,
  escapeMarkdown,
  executeAction,
  type AdaptiveCard,
  type CardElement,
  type TextBlock,
} from './adaptive-card';
import { consentCardShown, consentTextHash, type ConsentCardModel } from './consent.card';
import { answerInputId, OPEN_ANSWER_MAX } from './poll-answer';
import { strings } from './strings';

export interface PollCardModel {
  language: Language;
  poll: { id: string; title: string; anonymous: boolean; questions: PollQuestion[] };
  /** Already formatted in the poll's time zone. */
  closes: string;
  /** What the person filled in before, by question position. */
  values?: Record<number, string>;
  /** A first answer without consent: the study's text, and one button for both. */
  consent?: Omit<ConsentCardModel, 'language' | 'pendingNote'>;
  /** Teams asks for each of these people's own view when they see the card (at most 60). */
  refreshFor?: string[];
}

const MAX_REFRESH_USERS = 60;
const line = (text: string, extra: Partial<TextBlock> = {}): TextBlock => ({
  type: 'TextBlock',
  text,
  wrap: true,
  ...extra,
});

/** The questions, as everyone in the conversation sees them and as each person answers them. */
export function renderPollCard(model: PollCardModel): AdaptiveCard {
  const t = strings(model.language).poll;
  const { poll, values = {}, consent } = model;
  const data = { verb: 'poll-answer', pollId: poll.id };
  const send = consent
    ? executeAction(t.consentAndSend, {
        ...data,
        studyId: consent.study.id,
        version: consent.text.version,
        hash: consentTextHash({ language: model.language, ...consent }),
      })
    : executeAction(t.answerButton, data);
  const card = adaptiveCard(
    [
      line(escapeMarkdown(poll.title), { style: 'heading', weight: 'bolder' }),
      line(poll.anonymous ? t.anonymousIntro : t.namedIntro, { isSubtle: true }),
      line(t.closes(model.closes), { isSubtle: true, spacing: 'none' }),
      ...(consent ? consentBlocks(model.language, consent) : []),
      ...poll.questions.map((q, position) => questionInput(q, position, values[position])),
    ],
    [send],
  );
  const userIds = (model.refreshFor ?? []).slice(0, MAX_REFRESH_USERS);
  if (userIds.length === 0) return card;
  const view = { verb: 'poll-view', pollId: poll.id };
  return {
    ...card,
    refresh: { action: { type: 'Action.Execute', verb: view.verb, data: view }, userIds },
  };
}

function consentBlocks(language: Language, consent: NonNullable<PollCardModel['consent']>) {
  const shown = consentCardShown({ language, ...consent });
  return [
    line(strings(language).poll.consentIntro, { spacing: 'large' }),
    line(shown.title, { weight: 'bolder' }),
    ...shown.body.split(/\n{2,}/).map((paragraph) => line(paragraph)),
    line(shown.window, { isSubtle: true }),
    line(shown.contact, { isSubtle: true }),
    line(shown.version, { isSubtle: true, size: 'small' }),
  ];
}

function questionInput(q: PollQuestion, position: number, value?: string): CardElement {
  const id = answerInputId(position);
  const label = `${position + 1}. ${q.text}`;
  const filled = value ? { value } : {};
  if (q.kind === 'open') {
    return {
      type: 'Input.Text',
      id,
      label,
      isMultiline: true,
      maxLength: OPEN_ANSWER_MAX,
      ...filled,
      spacing: 'medium',
    };
  }
  const [low = '', high = ''] = q.choices;
  const choices =
    q.kind === 'scale'
      ? SCALE.map((step) => ({
          title:
            step === 1
              ? `1 ${escapeMarkdown(low)}`
              : step === 5
                ? `5 ${escapeMarkdown(high)}`
                : String(step),
          value: String(step),
        }))
      : q.choices.map((choice, index) => ({ title: escapeMarkdown(choice), value: String(index) }));
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    choices,
    style: 'expanded',
    ...(q.kind === 'multiple' ? { isMultiSelect: true } : {}),
    ...filled,
    wrap: true,
    spacing: 'medium',
  };
}
