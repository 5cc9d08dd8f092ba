import type { PollResult } from '../dashboard.model';
import { el } from './dom';
import type { PageStrings } from './strings';

type Question = PollResult['questions'][number];

function bars(counts: NonNullable<Question['counts']>): HTMLElement {
  const most = Math.max(1, ...counts.map((c) => c.count));
  return el(
    'div',
    { class: 'bars' },
    ...counts.flatMap(({ label, count }) => [
      el('span', {}, label),
      el('span', { class: 'bar', style: `width: ${Math.round((count / most) * 100)}%` }),
      el('span', {}, String(count)),
    ]),
  );
}

function questionBlock(question: Question): HTMLElement {
  return el(
    'div',
    { class: 'question' },
    el('h4', {}, question.title),
    question.counts ? bars(question.counts) : null,
    question.texts ? el('p', { class: 'subtle' }, question.texts.note) : null,
    question.texts ? el('ul', {}, ...question.texts.items.map((item) => el('li', {}, item))) : null,
  );
}

function pollBlock(poll: PollResult): HTMLElement {
  return el(
    'article',
    { class: 'poll', 'data-testid': 'poll' },
    el('h3', {}, poll.title),
    el('p', { class: 'subtle' }, poll.answers),
    poll.tooFew ? el('p', {}, poll.tooFew) : null,
    ...poll.questions.map(questionBlock),
  );
}

/** The viewer's own polls: counts as bars, open answers as a list; nothing below k answers. */
export function pollsSection(polls: readonly PollResult[], t: PageStrings): HTMLElement {
  return el(
    'section',
    { 'data-testid': 'polls' },
    el('h2', {}, t.polls),
    el('p', { class: 'subtle' }, t.pollsIntro),
    ...polls.map(pollBlock),
  );
}
