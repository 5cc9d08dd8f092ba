import { z } from 'zod';
import type { Language } from '../domain/language';
import type { PollView } from '../domain/poll-anonymity.rules';
import type { QuestionTally } from '../domain/polls';
import {
  adaptiveCard,
  escapeMarkdown,
  type AdaptiveCard,
  type CardElement,
  type TextBlock,
} from './adaptive-card';
import { idInput } from './id-input';
import { strings } from './strings';

export interface PollResultsModel {
  language: Language;
  title: string;
  count: number;
  minAnswers: number;
  view: PollView;
  /** Only given when the view is 'results'; open answers already shuffled. */
  tallies?: QuestionTally[];
}

export const pollOwnerSchema = z.looseObject({
  verb: z.enum(['poll-results', 'poll-close']),
  pollId: idInput,
});

const line = (text: string, extra: Partial<TextBlock> = {}): TextBlock => ({
  type: 'TextBlock',
  text,
  wrap: true,
  ...extra,
});

/** The owner's view: the count, and per question a chart or the open answers (see pollView). */
export function renderPollResultsCard(model: PollResultsModel): AdaptiveCard {
  const t = strings(model.language).poll;
  const head = [
    line(t.resultsTitle(escapeMarkdown(model.title)), { style: 'heading', weight: 'bolder' }),
    line(t.answers(model.count)),
  ];
  if (model.view !== 'results' || !model.tallies) {
    const why = model.view === 'count-only' ? t.whileOpen : t.tooFew;
    return adaptiveCard([...head, line(why(model.minAnswers), { isSubtle: true })]);
  }
  return adaptiveCard([
    ...head,
    ...model.tallies.flatMap((tally, position) => questionResult(model.language, tally, position)),
  ]);
}

function questionResult(language: Language, tally: QuestionTally, position: number) {
  const title = `${position + 1}. ${tally.question.text}`;
  if (tally.kind === 'texts') {
    return [
      line(escapeMarkdown(title), { weight: 'bolder', spacing: 'large' }),
      line(strings(language).poll.openAnswers, { isSubtle: true, spacing: 'none' }),
      ...tally.texts.map((text) => line(`- ${escapeMarkdown(text)}`, { spacing: 'small' })),
    ];
  }
  const [low = '', high = ''] = tally.question.choices;
  const label = (text: string) =>
    tally.question.kind !== 'scale'
      ? text
      : text === '1'
        ? `1 ${low}`
        : text === '5'
          ? `5 ${high}`
          : text;
  const data = tally.counts.map(({ label: x, count }) => ({ x: label(x), y: count }));
  const chart: CardElement = {
    type: 'Chart.HorizontalBar',
    title,
    data,
    fallback: line(data.map(({ x, y }) => `${escapeMarkdown(x)}: ${y}`).join('\n\n')),
  };
  return [line(escapeMarkdown(title), { weight: 'bolder', spacing: 'large' }), chart];
}
