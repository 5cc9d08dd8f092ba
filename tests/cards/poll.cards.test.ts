import { renderPollCard } from '../../cards/poll.card';
import { renderPollPreviewCard } from '../../cards/poll-preview.card';
import { renderPollResultsCard } from '../../cards/poll-results.card';
import { renderPollSentCard } from '../../cards/poll-sent.card';
import { renderPollSetupCard } from '../../cards/poll-setup.card';
import { renderPollStatusCard } from '../../cards/poll-status.card';
import { strings } from '../../cards/strings';
import { cardSubmitSchema } from '../../cards/submits';
import type { Language } from '../../domain/language';
import { tally, type PollAnswer } from '../../domain/polls';
import { createCardValidator } from './card-schema';

const validate = createCardValidator();
const study = {
  id: 'study-1',
  name: 'LOB van iedereen',
  contact: { name: 'Onderzoeker Een', email: 'onderzoek@example.org' },
  erasure: 'window' as const,
  withdrawalWorkingDays: 5,
};

function cards(language: Language) {
  const template = strings(language).poll.templates['je-doet-het-al'];
  const poll = { ...template, id: 'poll-1', title: '**mijn** peiling', anonymous: true };
  const setup = {
    verb: 'poll-preview' as const,
    template: 'dagdeel' as const,
    anonymous: 'true' as const,
    closesOn: '2026-11-30',
    closesAt: '17:00',
  };
  const answers: PollAnswer[] = [{ 0: 'een *gesprek*', 1: [0, 2] }, { 1: [2] }];
  return {
    setup: renderPollSetupCard({
      language,
      audience: { kind: 'people', people: [{ id: 'p-1', name: 'Anna' }] },
      closesOn: '2026-11-30',
      closesAt: '17:00',
    }),
    preview: renderPollPreviewCard({
      language,
      setup,
      title: template.title,
      questions: template.questions,
      closes: 'maandag 30 november om 17:00',
      audience: 'dit gesprek',
    }),
    questions: renderPollCard({ language, poll, closes: 'maandag', refreshFor: ['29:a'] }),
    consent: renderPollCard({
      language,
      poll,
      closes: 'maandag',
      values: { 0: 'al ingevuld' },
      consent: { study, text: { version: 1, body: 'tekst' } },
    }),
    thanks: renderPollStatusCard({ language, poll, view: 'thanks', count: 3 }),
    closed: renderPollStatusCard({ language, poll, view: 'closed', count: 3 }),
    sent: renderPollSentCard({ language, poll }),
    tooFew: renderPollResultsCard({
      language,
      title: poll.title,
      count: 4,
      minAnswers: 5,
      view: 'too-few',
    }),
    whileOpen: renderPollResultsCard({
      language,
      title: poll.title,
      count: 6,
      minAnswers: 5,
      view: 'count-only',
    }),
    results: renderPollResultsCard({
      language,
      title: poll.title,
      count: 2,
      minAnswers: 2,
      view: 'results',
      tallies: tally(poll.questions, answers),
    }),
  };
}

describe.each<Language>(['nl', 'en'])('poll cards (%s)', (language) => {
  it.each(Object.entries(cards(language)))(
    'when the %s card is rendered, then it matches the snapshot and the Teams schema',
    (_, card) => {
      expect(validate(card)).toEqual([]);
      expect(card).toMatchSnapshot();
    },
  );

  it.each(Object.entries(cards(language)))(
    'when a button of the %s card is pressed as a plain submit with its inputs, then it parses',
    (_, card) => {
      // Teams merges the inputs' values into the button's data.
      const inputs = Object.fromEntries(
        card.body.flatMap((e) => ('id' in e && 'value' in e ? [[e.id, e.value]] : [])),
      );
      for (const action of card.actions ?? []) {
        const data = 'fallback' in action ? action.fallback.data : action.data;
        expect(cardSubmitSchema.safeParse({ ...inputs, ...data }).error).toBeUndefined();
      }
    },
  );
});

describe('poll results', () => {
  it('when fewer than k answered, then the card shows the count and no answer at all', () => {
    const text = JSON.stringify(cards('nl').tooFew);
    expect(text).toContain('4 antwoorden');
    expect(text).toContain('Nog te weinig antwoorden');
    expect(text).not.toContain('Chart');
  });

  it('when enough answered, then each choice is counted in a chart and open answers are escaped', () => {
    const text = JSON.stringify(cards('nl').results);
    expect(text).toContain('{"x":"Doorvragen","y":2}');
    expect(text).toContain('een \\\\*gesprek\\\\*');
  });
});
