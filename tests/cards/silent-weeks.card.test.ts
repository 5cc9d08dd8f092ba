import { cardSubmitSchema } from '../../cards/submits';
import { coachCalledSchema, renderSilentWeeksCard } from '../../cards/silent-weeks.card';
import { createCardValidator } from './card-schema';
import { withFallbacks } from './fallback-card';

const schemaErrors = createCardValidator();
const model = { name: 'Jan *de* Vries', memberId: 'member-7', week: '2026-W49' };

describe('renderSilentWeeksCard', () => {
  it.each(['nl', 'en'] as const)(
    'when a teamcoach is told in %s, then it matches the snapshot and validates, with and without Universal Actions',
    (language) => {
      const card = renderSilentWeeksCard({ language, ...model });
      expect(card).toMatchSnapshot();
      expect(schemaErrors(card)).toEqual([]);
      expect(schemaErrors(withFallbacks(card))).toEqual([]);
    },
  );

  it('when a teamcoach is told, then the card names the person, escaped', () => {
    const card = renderSilentWeeksCard({ language: 'nl', ...model });
    expect(JSON.stringify(card)).toContain('Jan \\\\*de\\\\* Vries schreef drie weken niets');
  });

  it('when the button is pressed, then its data names the member and week and both schemas accept it', () => {
    const [action] = renderSilentWeeksCard({ language: 'nl', ...model }).actions ?? [];
    expect(action).toMatchObject({ type: 'Action.Execute', title: 'Ik heb gebeld' });
    const data = { verb: 'coach-called', memberId: 'member-7', week: '2026-W49' };
    expect(action?.data).toEqual(data);
    expect(action?.type === 'Action.Execute' && action.fallback.data).toEqual(data);
    expect(coachCalledSchema.parse(data)).toEqual(data);
    expect(cardSubmitSchema.parse(data)).toEqual(data);
  });

  it.each([
    ['no member', { verb: 'coach-called', week: '2026-W49' }],
    ['a week that does not exist', { verb: 'coach-called', memberId: 'm', week: '2026-W54' }],
    ['an empty member', { verb: 'coach-called', memberId: '', week: '2026-W49' }],
  ])('when the data holds %s, then both schemas refuse it', (_, data) => {
    expect(coachCalledSchema.safeParse(data).success).toBe(false);
    expect(cardSubmitSchema.safeParse(data).success).toBe(false);
  });

  it.each([
    [false, 'Genoteerd: je belde op 4 december 2026. Fijn dat je even belde.'],
    [true, 'Dat had ik al genoteerd: je belde op 4 december 2026. Dank je wel.'],
  ])(
    'when the call is recorded (before: %p), then the card becomes a receipt without a button',
    (before, line) => {
      const called = { on: '4 december 2026', before };
      const card = renderSilentWeeksCard({ language: 'nl', ...model, called });
      expect(card).not.toHaveProperty('actions');
      expect(card.body.at(-1)).toMatchObject({ type: 'TextBlock', text: line });
      expect(schemaErrors(card)).toEqual([]);
    },
  );
});
