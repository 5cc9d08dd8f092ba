import type { Language } from '../../domain/language';
import type { AdaptiveCard } from '../../cards/adaptive-card';
import {
  logboekEditSchema,
  renderLogboekReceiptCard,
  type LogboekReceiptModel,
} from '../../cards/logboek-receipt.card';
import { cardBytes, createCardValidator, MAX_CARD_BYTES } from './card-schema';
import { withFallbacks } from './fallback-card';

const languages: Language[] = ['nl', 'en'];

function model(extra: Partial<LogboekReceiptModel> = {}): LogboekReceiptModel {
  return {
    language: 'nl',
    week: 48,
    weekId: '2026-W48',
    savedAt: 'vrijdag 27 november, 15:12',
    editableUntil: '4 december',
    goals: [1, 3],
    ...extra,
  };
}

const texts = (card: AdaptiveCard) => card.body.map((e) => (e.type === 'TextBlock' ? e.text : ''));

describe('renderLogboekReceiptCard', () => {
  const schemaErrors = createCardValidator();

  it.each(languages)(
    'when a saved week is shown in %s, then it matches the snapshot',
    (language) => {
      expect(renderLogboekReceiptCard(model({ language }))).toMatchSnapshot();
    },
  );

  it.each(languages)(
    'when a skipped week is shown in %s, then it matches the snapshot',
    (language) => {
      expect(
        renderLogboekReceiptCard(
          model({ language, skipped: true, goals: [], editableUntil: null }),
        ),
      ).toMatchSnapshot();
    },
  );

  it.each<[string, Partial<LogboekReceiptModel>]>([
    ['saved and changeable', {}],
    ['saved, window passed', { editableUntil: null }],
    ['saved without goals', { goals: [] }],
    ['skipped', { skipped: true, goals: [] }],
    ['skipped, window passed', { skipped: true, goals: [], editableUntil: null }],
  ])('when %s, then it is a valid AC 1.5 card under 80 KB', (_, extra) => {
    for (const language of languages) {
      const card = renderLogboekReceiptCard(model({ language, ...extra }));
      expect(schemaErrors(card)).toEqual([]);
      expect(schemaErrors(withFallbacks(card))).toEqual([]);
      expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
    }
  });

  it.each([
    ['nl', 'Bewaard, week 48', 'Op vrijdag 27 november, 15:12', 'Doelen: visie · eigen rol'],
    ['en', 'Saved, week 48', 'On vrijdag 27 november, 15:12', 'Goals: vision · own part'],
  ] as const)(
    'when saved in %s, then it says so with the goal tags',
    (language, title, at, tags) => {
      const card = renderLogboekReceiptCard(model({ language, goals: [3, 9, 1, 3] }));
      expect(texts(card).slice(0, 3)).toEqual([title, at, tags]);
      expect(card.body[0]).toMatchObject({ style: 'heading' });
    },
  );

  it('when no goal was tagged, then there is no goals line', () => {
    const card = renderLogboekReceiptCard(model({ goals: [] }));
    expect(texts(card).join('\n')).not.toContain('doelen');
  });

  it.each([
    ['nl', 'Week 48 overgeslagen, helemaal goed', 'Toch invullen'],
    ['en', 'Week 48 skipped, that is fine', 'Fill it in after all'],
  ] as const)(
    'when the week was skipped in %s, then it says that is fine',
    (language, title, button) => {
      const card = renderLogboekReceiptCard(model({ language, skipped: true, goals: [2] }));
      expect(texts(card)[0]).toBe(title);
      expect(texts(card).join('\n')).not.toMatch(/doelen|goals/);
      expect(card.actions?.map((action) => action.title)).toEqual([button]);
    },
  );

  it.each([
    ['nl', 'Aanpassen', 'Aanpassen kan tot en met 4 december.'],
    ['en', 'Change', 'You can change it until the end of 4 december.'],
  ] as const)(
    'when the entry is inside its window in %s, then it offers the edit button and says until when',
    (language, title, line) => {
      const card = renderLogboekReceiptCard(model({ language }));
      expect(texts(card)).toContain(line);
      expect(card.actions).toEqual([
        {
          type: 'Action.Execute',
          title,
          verb: 'logboek-edit',
          data: { verb: 'logboek-edit', week: '2026-W48' },
          fallback: {
            type: 'Action.Submit',
            title,
            data: { verb: 'logboek-edit', week: '2026-W48' },
          },
        },
      ]);
    },
  );

  it.each([[false], [true]])(
    'when the window has passed (skipped: %s), then there is no button and no date',
    (skipped) => {
      const card = renderLogboekReceiptCard(model({ editableUntil: null, skipped }));
      expect(card).not.toHaveProperty('actions');
      expect(texts(card).join('\n')).not.toMatch(/tot en met|4 december/);
    },
  );

  it('when the edit button is pressed, directly or through its fallback, then the data parses', () => {
    const [edit] = renderLogboekReceiptCard(model()).actions ?? [];
    if (edit?.type !== 'Action.Execute') throw new Error('expected an Action.Execute');
    expect(logboekEditSchema.parse(edit.data)).toEqual(edit.data);
    expect(logboekEditSchema.parse(edit.fallback.data)).toEqual(edit.data);
    expect(logboekEditSchema.safeParse({ ...edit.data, week: '2026-W4' }).success).toBe(false);
    expect(logboekEditSchema.safeParse({ ...edit.data, verb: 'logboek-save' }).success).toBe(false);
  });

  it('when the model is built from a whole entry, then none of its answer text reaches the card', () => {
    const entry = { q1: 'GEHEIM een', q2: 'GEHEIM twee', note: 'GEHEIM notitie' };
    const card = renderLogboekReceiptCard({ ...entry, ...model() });
    expect(JSON.stringify(card)).not.toContain('GEHEIM');
  });

  // Dates are Koers' own words: escaping them showed "27\\-11" in Teams.
  it('when the dates are shown, then they carry no escapes', () => {
    const card = renderLogboekReceiptCard(
      model({ savedAt: 'vrijdag 27-11, 15:12', editableUntil: '4-12' }),
    );
    expect(texts(card)).toContain('Op vrijdag 27-11, 15:12');
    expect(texts(card)).toContain('Aanpassen kan tot en met 4-12.');
  });

  it('when the week number and id disagree, then it refuses to render', () => {
    expect(() => renderLogboekReceiptCard(model({ week: 49 }))).toThrow(/week/);
  });
});
