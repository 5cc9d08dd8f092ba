import {
  commitmentChoiceSchema,
  renderCommitmentChoiceCard,
  type CommitmentChoiceModel,
} from '../../cards/commitment-choice.card';
import { cardSubmitSchema } from '../../cards/submits';
import { createCardValidator } from './card-schema';

const schemaErrors = createCardValidator();
const REQUEST = '2f1c7a52-3c2e-4d7e-9a55-0c3f8b8f2a11';

const model = (language: 'nl' | 'en'): CommitmentChoiceModel => ({
  language,
  what: language === 'nl' ? '2 uur op 12 november 2026' : '2 hours on 12 November 2026',
  organisations: [
    { id: 'org-1', name: 'Het Baken' },
    { id: 'org-2', name: 'De *Rede*' },
  ],
  requestId: REQUEST,
  pending: { kind: 'hours', minutes: 120, heldOn: '2026-11-12', note: 'gesprek met directie' },
});

describe('renderCommitmentChoiceCard', () => {
  it.each(['nl', 'en'] as const)(
    'when a coach of two schools records in %s, then it matches the snapshot and validates',
    (language) => {
      const card = renderCommitmentChoiceCard(model(language));
      expect(card).toMatchSnapshot();
      expect(schemaErrors(card)).toEqual([]);
    },
  );

  it('when a school is chosen, then the button carries everything to record and both schemas accept it', () => {
    const card = renderCommitmentChoiceCard(model('nl'));
    expect(card.actions?.map((a) => a.title)).toEqual(['Het Baken', 'De *Rede*']);
    const data = card.actions?.[1]?.data;
    expect(data).toEqual({
      verb: 'commitment-org',
      requestId: REQUEST,
      organisationId: 'org-2',
      kind: 'hours',
      minutes: 120,
      heldOn: '2026-11-12',
      note: 'gesprek met directie',
    });
    expect(commitmentChoiceSchema.parse(data)).toEqual(data);
    expect(cardSubmitSchema.parse(data)).toEqual(data);
  });

  it('when a dagdeel without a note is chosen, then the button carries no minutes and no note', () => {
    const pending = { kind: 'dagdeel' as const, minutes: null, heldOn: '2026-11-12' };
    const card = renderCommitmentChoiceCard({ ...model('nl'), pending });
    const data = card.actions?.[0]?.data;
    expect(data).toEqual({
      verb: 'commitment-org',
      requestId: REQUEST,
      organisationId: 'org-1',
      kind: 'dagdeel',
      heldOn: '2026-11-12',
    });
    expect(cardSubmitSchema.parse(data)).toEqual(data);
  });

  it.each([
    ['a request id that is no uuid', { requestId: 'x' }],
    ['a date that does not exist', { heldOn: '2026-02-30' }],
    ['more than a day of hours', { minutes: 24 * 60 + 1 }],
    ['another kind', { kind: 'week' }],
  ])('when the data holds %s, then both schemas refuse it', (_, change) => {
    const data = {
      verb: 'commitment-org',
      requestId: REQUEST,
      organisationId: 'org-1',
      kind: 'hours',
      minutes: 60,
      heldOn: '2026-11-12',
      ...change,
    };
    expect(commitmentChoiceSchema.safeParse(data).success).toBe(false);
    expect(cardSubmitSchema.safeParse(data).success).toBe(false);
  });
});
